package org.convene.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The subscription API: create (the secret once), read, list, patch, delete, ownership, validation. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class WebhookApiTest {

    @Test
    void createShowsTheSecretOnceAndOnlyToItsOwner() {
        String owner = WebhookTests.newOrganiser("owner");
        String other = WebhookTests.newOrganiser("other");
        String url = "https://crm.example.org/hooks/convene";
        io.restassured.response.Response created = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(WebhookTests.CONFIRMED, "*"), "description", "CRM"))
                .post("/api/v1/webhooks");
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/webhooks/" + created.path("id")))
                .body("status", equalTo("ACTIVE"))
                .body("url", equalTo(url))
                .body("eventTypes", equalTo(List.of(WebhookTests.CONFIRMED, "*")))
                .body("description", equalTo("CRM"))
                .body("secret", startsWith("whsec_"));
        String id = created.path("id");
        String secret = created.path("secret");
        assertEquals(32, java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())).length);

        given().auth().oauth2(owner).get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("ACTIVE")).body("secret", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        String listed = given().auth().oauth2(owner).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", hasItem(id)).body("next", nullValue()).extract().asString();
        assertTrue(!listed.contains(secret), "the list does not show the secret");

        // another organiser: it does not exist
        given().auth().oauth2(other).get("/api/v1/webhooks/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(other).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(other).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        given().auth().oauth2(other).contentType("application/merge-patch+json").body("{\"description\": \"mine\"}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(other).delete("/api/v1/webhooks/" + id).then().statusCode(404);

        // merge patch: clear the description, change the filter, disable, re-enable
        given().auth().oauth2(owner).contentType("application/merge-patch+json")
                .body("{\"description\": null, \"eventTypes\": [\"convene.workshop.updated.v1\"], \"status\": \"DISABLED\"}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("description", nullValue()).body("eventTypes", equalTo(List.of("convene.workshop.updated.v1")))
                .body("status", equalTo("DISABLED")).body("disabledAt", notNullValue())
                .body("secret", nullValue());
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"status\": \"ACTIVE\"}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("disabledAt", nullValue());
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"status\": \"PAUSED\"}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"url\": \"ftp://x.example.org/\"}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"secret\": \"whsec_mine\"}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(400).body("errors[0].field", equalTo("secret"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"eventTypes\": null}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));

        given().auth().oauth2(owner).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(owner).get("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String owner = WebhookTests.newOrganiser("validator");
        Object[][] cases = {
                {Map.of("eventTypes", List.of("*")), "url"},
                {Map.of("url", "not a url", "eventTypes", List.of("*")), "url"},
                {Map.of("url", "/relative/path", "eventTypes", List.of("*")), "url"},
                {Map.of("url", "ftp://files.example.org/in", "eventTypes", List.of("*")), "url"},
                {Map.of("url", "file:///etc/passwd", "eventTypes", List.of("*")), "url"},
                {Map.of("url", "javascript:alert(1)", "eventTypes", List.of("*")), "url"},
                {Map.of("url", "https://crm.example.org/h"), "eventTypes"},
                {Map.of("url", "https://crm.example.org/h", "eventTypes", List.of()), "eventTypes"},
                {Map.of("url", "https://crm.example.org/h", "eventTypes", "*"), "eventTypes"},
                {Map.of("url", "https://crm.example.org/h",
                        "eventTypes", List.of(WebhookTests.CONFIRMED, "convene.registration.exploded.v1")),
                        "eventTypes[1]"},
                {Map.of("url", "https://crm.example.org/h", "eventTypes", List.of("convene.*")), "eventTypes[0]"},
                {Map.of("url", "https://crm.example.org/h", "eventTypes", List.of("*"), "colour", "red"), "colour"},
                {Map.of("url", "https://crm.example.org/h", "eventTypes", List.of("*"), "description",
                        "x".repeat(501)), "description"},
        };
        for (Object[] c : cases) {
            given().auth().oauth2(owner).contentType(ContentType.JSON).body(c[0]).post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(c[1]));
        }
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"url\": ").post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("[]").post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(owner).get("/api/v1/webhooks/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(owner).queryParam("limit", "0").get("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(owner).queryParam("cursor", "%%%").get("/api/v1/webhooks").then().statusCode(400);
        given().auth().oauth2(owner).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void onlyOrganisers() {
        given().get("/api/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withGroups("attendee")).get("/api/v1/webhooks").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("url", "https://x.example.org", "eventTypes", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(401);
    }

    @Test
    void listsArePages() throws InterruptedException {
        String owner = WebhookTests.newOrganiser("pager");
        for (int i = 0; i < 3; i++) {
            WebhookTests.create(owner, "https://crm.example.org/hooks/" + i, List.of("*"));
            Thread.sleep(3); // ids are time-ordered to the millisecond
        }
        JsonPath first = given().auth().oauth2(owner).queryParam("limit", 2).get("/api/v1/webhooks").then()
                .statusCode(200).body("items.size()", equalTo(2)).body("next", notNullValue()).extract().jsonPath();
        given().auth().oauth2(owner).queryParam("limit", 2).queryParam("cursor", first.getString("next"))
                .get("/api/v1/webhooks").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].url", equalTo("https://crm.example.org/hooks/2")).body("next", nullValue());
        for (String id : given().auth().oauth2(owner).get("/api/v1/webhooks").then().extract().jsonPath()
                .getList("items.id", String.class)) {
            WebhookTests.delete(owner, id);
        }
    }
}
