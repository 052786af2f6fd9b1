package org.convene.directory;

import static io.restassured.RestAssured.given;
import static org.convene.directory.Fixtures.TOKEN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
class OrganisationResourceTest {

    @Test
    void createsAnOrganisationThatAnyoneCanRead() {
        String cityId = Fixtures.city();
        String name = Fixtures.unique("Kolkata Municipal Corporation");
        String id = given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MUNICIPALITY", "cityId", cityId))
                .post("/api/v1/organisations").then().statusCode(201)
                .header("Location", containsString("/api/v1/organisations/"))
                .body("name", equalTo(name)).body("kind", equalTo("MUNICIPALITY")).body("cityId", equalTo(cityId))
                .body("id", notNullValue()).extract().path("id");
        given().get("/api/v1/organisations/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("kind", equalTo("MUNICIPALITY"));
    }

    @Test
    void sameNameInSameCityIsAConflictWhateverTheCase() {
        String cityId = Fixtures.city();
        String name = Fixtures.unique("Sahay Foundation");
        Fixtures.organisation(name, "NGO", cityId);
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name.toUpperCase(), "kind", "NGO", "cityId", cityId))
                .post("/api/v1/organisations").then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409));
        Fixtures.organisation(name, "NGO", Fixtures.city());
    }

    @Test
    void anUnknownCityIs422AndBadInputIs400() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "Orphan", "kind", "NGO", "cityId", UUID.randomUUID().toString()))
                .post("/api/v1/organisations").then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Unknown city"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "", "kind", "CLUB", "cityId", "x"))
                .post("/api/v1/organisations").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(Map.of("name", "No kind"))
                .post("/api/v1/organisations").then().statusCode(400)
                .body("errors.field", hasItem("kind")).body("errors.field", hasItem("cityId"));
        given().get("/api/v1/organisations?kind=CLUB").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().get("/api/v1/organisations?cityId=nope").then().statusCode(400)
                .body("errors[0].field", equalTo("cityId"));
        given().get("/api/v1/organisations/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void creatingNeedsAnOrganiserToken() {
        Map<String, String> body = Map.of("name", "Anyone", "kind", "OTHER", "cityId", Fixtures.city());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/organisations").then().statusCode(401);
        given().auth().oauth2(TestTokens.withGroups("attendee")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/organisations").then().statusCode(403);
    }

    @Test
    void listsFilterByCityKindAndNameAndPage() {
        String cityId = Fixtures.city();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Fixtures.organisation("Municipal office " + tag, "MUNICIPALITY", cityId);
        Fixtures.organisation("Shakti Sangha " + tag, "CIVIL_SOCIETY", cityId);
        Fixtures.organisation("Prakriti " + tag, "NGO", cityId);
        Fixtures.organisation("Āśā Trust " + tag, "NGO", cityId);
        given().queryParam("cityId", cityId).get("/api/v1/organisations").then().statusCode(200)
                .body("items.size()", equalTo(4)).body("items.cityId", everyItem(equalTo(cityId)));
        given().queryParam("cityId", cityId).queryParam("kind", "ngo").get("/api/v1/organisations").then()
                .statusCode(200).body("items.size()", equalTo(2)).body("items.kind", everyItem(equalTo("NGO")));
        given().queryParam("cityId", cityId).queryParam("q", "ASA trust").get("/api/v1/organisations").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].name", equalTo("Āśā Trust " + tag));
        String next = given().queryParam("cityId", cityId).queryParam("limit", 3).get("/api/v1/organisations")
                .then().statusCode(200).body("items.size()", equalTo(3)).extract().path("next");
        given().queryParam("cityId", cityId).queryParam("limit", 3).queryParam("cursor", next)
                .get("/api/v1/organisations").then().statusCode(200).body("items.size()", equalTo(1))
                .body("next", nullValue());
    }

    @Test
    void aMembersOrganisationMustExist() {
        String cityId = Fixtures.city();
        String organisationId = Fixtures.organisation(Fixtures.unique("Dhaka North City Corporation"),
                "MUNICIPALITY", cityId);
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Rahim Uddin", "email", Fixtures.uniqueEmail("rahim"), "cityId", cityId,
                        "organisationId", UUID.randomUUID().toString()))
                .post("/api/v1/members").then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Unknown organisation"));
        String memberId = Fixtures.member("Rahim Uddin", Fixtures.uniqueEmail("rahim"), cityId, organisationId);
        given().auth().oauth2(TOKEN).queryParam("organisationId", organisationId).get("/api/v1/members").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].id", equalTo(memberId));
    }
}
