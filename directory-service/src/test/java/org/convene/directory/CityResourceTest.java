package org.convene.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TestTokens;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "directory"))
class CityResourceTest {

    private static final String TOKEN = TestTokens.organiser();

    private static String uniqueName(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsACityAndPublishesCityCreated() {
        String name = uniqueName("Kolkata");
        String id = given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "countryCode", "in", "region", "South Asia"))
                .when().post("/api/v1/cities")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/cities/"))
                .body("name", equalTo(name)).body("countryCode", equalTo("IN")).body("id", notNullValue())
                .extract().path("id");

        given().when().get("/api/v1/cities/" + id).then().statusCode(200).body("name", equalTo(name));

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "directory.cities.v1")) {
            List<ConsumerRecord<String, byte[]>> events = reader.await(TopicReader.withSubject(id), 1,
                    Duration.ofSeconds(20));
            assertEquals(1, events.size(), "one city.created event");
            ConsumerRecord<String, byte[]> event = events.get(0);
            Map<String, String> headers = TopicReader.ceHeaders(event);
            assertEquals("convene.city.created.v1", headers.get("ce_type"));
            assertEquals("1.0", headers.get("ce_specversion"));
            assertEquals("/directory-service", headers.get("ce_source"));
            assertEquals("application/json", headers.get("content-type"));
            assertEquals(id, event.key());
            Contracts.assertValid("convene.city.created.v1", event.value());
        }
    }

    @Test
    void namesInEveryScriptRoundTrip() {
        for (String name : List.of("ঢাকা", "කොළඹ", "މާލެ", "சென்னை", "वाराणसी")) {
            String unique = name + " " + UUID.randomUUID().toString().substring(0, 4);
            String id = given().auth().oauth2(TOKEN).contentType("application/json; charset=UTF-8")
                    .body(Map.of("name", unique, "countryCode", "BD"))
                    .post("/api/v1/cities").then().statusCode(201).extract().path("id");
            given().get("/api/v1/cities/" + id).then().statusCode(200).body("name", equalTo(unique));
        }
    }

    @Test
    void sameNameInSameCountryIsAConflictWhateverTheCase() {
        String name = uniqueName("Colombo");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "countryCode", "LK")).post("/api/v1/cities").then().statusCode(201);
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name.toUpperCase(), "countryCode", "LK")).post("/api/v1/cities")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "countryCode", "IN")).post("/api/v1/cities").then().statusCode(201);
    }

    @Test
    void invalidInputIsA400NamingTheFields() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "", "countryCode", "XX")).post("/api/v1/cities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("countryCode")).body("errors.field", hasItem("name"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"name\": \"Male\", ")
                .post("/api/v1/cities").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body("{\"name\": \"Male\", \"countryCode\": \"MV\", \"id\": \"x\"}")
                .post("/api/v1/cities").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"name\": 5, \"countryCode\": [1]}")
                .post("/api/v1/cities").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("")
                .post("/api/v1/cities").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/cities?limit=abc").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/cities?limit=201").then().statusCode(400);
        given().get("/api/v1/cities?cursor=%%%").then().statusCode(400);
    }

    @Test
    void unknownIdsAre404() {
        given().get("/api/v1/cities/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/v1/cities/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void organiserOperationsNeedAnOrganiserToken() throws Exception {
        Map<String, String> body = Map.of("name", uniqueName("Dhaka"), "countryCode", "BD");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/cities")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(body).post("/api/v1/cities")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.signedByStranger()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cities").then().statusCode(401);
        given().auth().oauth2(TestTokens.withGroups("attendee")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cities").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void listsPageByCursor() {
        String region = "Region " + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                    .body(Map.of("name", uniqueName("Town"), "countryCode", "NP", "region", region))
                    .post("/api/v1/cities").then().statusCode(201);
        }
        String next = given().queryParam("region", region).queryParam("limit", 2).get("/api/v1/cities")
                .then().statusCode(200).body("items.size()", equalTo(2)).body("next", notNullValue())
                .extract().path("next");
        String last = given().queryParam("region", region).queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/cities").then().statusCode(200).body("items.size()", equalTo(2))
                .extract().path("next");
        given().queryParam("region", region).queryParam("limit", 2).queryParam("cursor", last)
                .get("/api/v1/cities").then().statusCode(200).body("items.size()", equalTo(1))
                .body("next", nullValue());
    }
}
