package org.convene.directory;

import static io.restassured.RestAssured.given;
import static org.convene.directory.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "directory"))
class MergePatchTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static String etagOf(String path) {
        return given().auth().oauth2(TOKEN).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void patchesACityWithTheCurrentETagAndRaisesIt() {
        String id = Fixtures.city();
        String etag = given().get("/api/v1/cities/" + id).then().statusCode(200).extract().header("ETag");
        assertEquals("\"0\"", etag);
        String name = Fixtures.unique("Jessore");
        String newEtag = given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("name", name)).patch("/api/v1/cities/" + id)
                .then().statusCode(200).body("name", equalTo(name)).body("countryCode", equalTo("BD"))
                .body("region", equalTo("South Asia")).header("ETag", not(equalTo(etag)))
                .extract().header("ETag");
        assertEquals("\"1\"", newEtag);
        given().get("/api/v1/cities/" + id).then().header("ETag", equalTo(newEtag)).body("name", equalTo(name));

        // null clears an optional field; application/json is accepted too
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("If-Match", newEtag)
                .body("{\"region\": null}").patch("/api/v1/cities/" + id)
                .then().statusCode(200).body("region", nullValue()).header("ETag", equalTo("\"2\""));
    }

    @Test
    void aStaleETagIs412AndAMissingOneIs428() {
        String id = Fixtures.city();
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("region", "Bengal")).patch("/api/v1/cities/" + id).then().statusCode(200);
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("region", "Somewhere else")).patch("/api/v1/cities/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH)
                .body(Map.of("region", "Somewhere else")).patch("/api/v1/cities/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().get("/api/v1/cities/" + id).then().body("region", equalTo("Bengal"));
    }

    @Test
    void thePatchedCityIsValidatedLikeANewOne() {
        String id = Fixtures.city();
        String path = "/api/v1/cities/" + id;
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"name\": null, \"countryCode\": \"XX\"}").patch(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("countryCode"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"id\": \"" + UUID.randomUUID() + "\"}").patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"name\": ").patch(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("[1, 2]").patch(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("").patch(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"region\": [1]}").patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        given().auth().oauth2(TOKEN).contentType("text/plain").header("If-Match", "\"0\"")
                .body("region=x").patch(path).then().statusCode(415).contentType("application/problem+json");
        String other = Fixtures.unique("Barisal");
        Fixtures.city(other, "BD");
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("name", other.toLowerCase())).patch(path).then().statusCode(409);
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("name", "x")).patch("/api/v1/cities/" + UUID.randomUUID()).then().statusCode(404);
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("name", "x")).patch(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.withGroups("attendee")).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("name", "x")).patch(path).then().statusCode(403);
        given().get(path).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheETag() {
        String id = Fixtures.city();
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("region", "South Asia")).patch("/api/v1/cities/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void patchesAMemberAndKeepsEmailsUnique() {
        String cityId = Fixtures.city();
        String email = Fixtures.uniqueEmail("farzana");
        String id = Fixtures.member("Farzana Haque", email, cityId);
        String path = "/api/v1/members/" + id;
        String etag = etagOf(path);
        String otherEmail = Fixtures.uniqueEmail("tanvir");
        Fixtures.member("Tanvir Ahmed", otherEmail, cityId);

        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("email", otherEmail.toUpperCase())).patch(path).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("email", "not an email")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("cityId", UUID.randomUUID().toString())).patch(path).then().statusCode(422);
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("organisationId", UUID.randomUUID().toString())).patch(path).then().statusCode(422);

        // the member's own email in another case is not a conflict
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("email", email.toUpperCase(), "title", "Ward councillor", "phone", "+880 2 955 6000"))
                .patch(path).then().statusCode(200).body("email", equalTo(email.toUpperCase()))
                .body("title", equalTo("Ward councillor")).body("fullName", equalTo("Farzana Haque"))
                .header("ETag", equalTo("\"1\""));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body("{\"phone\": null}").patch(path).then().statusCode(200).body("phone", nullValue())
                .body("title", equalTo("Ward councillor"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body("{\"title\": \"stale\"}").patch(path).then().statusCode(412);
    }
}
