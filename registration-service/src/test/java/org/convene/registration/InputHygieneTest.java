package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Workshops and sign-ups refuse what would break a calendar, a roster or a person's eyes: years outside 2000..2200,
 * control and invisible formatting characters in names, titles and venues, look-alike emails; each a 400 naming the
 * field. Answers carry the chassis' security headers, and the sign-up's (it holds the manage token) is not stored.
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class InputHygieneTest {

    @Test
    void workshopTimesOutsideTheSaneWindowAreA400NamingTheField() {
        Map<String, String> bad = Map.of("startsAt", "-999999999-01-01T00:00:00Z", "endsAt", "2201-01-01T00:00:00Z",
                "registrationOpensAt", "0001-01-01T00:00:00Z", "registrationClosesAt", "1999-12-31T23:59:00+05:30");
        bad.forEach((field, value) -> {
            Map<String, Object> body = new HashMap<>(Fixtures.workshopBody(10));
            body.put(field, value);
            given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/workshops").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.find { it.field == '" + field + "' }.message", startsWith("must be in the years"));
        });
        Map<String, Object> both = new HashMap<>(Fixtures.workshopBody(10));
        both.put("startsAt", "0001-01-01T00:00:00Z");
        both.put("endsAt", "0001-01-02T00:00:00Z");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(both).post("/api/v1/workshops").then()
                .statusCode(400).body("errors.field", equalTo(List.of("endsAt", "startsAt")));
    }

    @Test
    void controlAndFormatCharactersInWorkshopTextAreA400NamingTheField() {
        for (Map.Entry<String, String> bad : Map.of("title", "Heat\r\nBcc: everyone", "venue", "Hall \u202Eb",
                "description", "zero\u200Bwidth").entrySet()) {
            Map<String, Object> body = new HashMap<>(Fixtures.workshopBody(10));
            body.put(bad.getKey(), bad.getValue());
            given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/workshops").then()
                    .statusCode(400).body("errors[0].field", equalTo(bad.getKey()))
                    .body("errors[0].message", startsWith("must not contain control or invisible"));
        }
        Map<String, Object> multiline = new HashMap<>(Fixtures.workshopBody(10));
        multiline.put("description", "Day one: practice.\nDay two: field visit.");
        String workshop = Fixtures.createWorkshop(multiline);

        String etag = given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop).then().extract()
                .header("ETag");
        given().auth().oauth2(TOKEN).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\": \"Renamed\\u202E\"}").patch("/api/v1/workshops/" + workshop).then()
                .statusCode(400).body("errors[0].field", equalTo("title"));
    }

    @Test
    void signUpNamesAndEmailsAreCheckedAndEmailsNormalised() {
        String workshop = Fixtures.openWorkshop(10);
        String local = "uni" + UUID.randomUUID().toString().substring(0, 6);
        signUp(workshop, "Name\nInjected", local + "@x.org").then().statusCode(400)
                .body("errors[0].field", equalTo("fullName"));
        signUp(workshop, "Uni Person", local + "\u200B@x.org").then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
        signUp(workshop, "Uni Person", local + "\u00AD@x.org").then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
        signUp(workshop, "Uni Person", local + "@x.org").then().statusCode(201);
        // the full-width form is the same address after NFKC: already registered
        String fullWidth = local.chars().mapToObj(c -> Character.toString(c >= 'a' && c <= 'z' ? c - 'a' + 0xFF41
                : c >= '0' && c <= '9' ? c - '0' + 0xFF10 : c)).reduce("", String::concat);
        signUp(workshop, "Uni Again", fullWidth + "@x.org").then().statusCode(409);
        signUp(workshop, "অনিন্দিতা সেন", "  anindita." + UUID.randomUUID().toString().substring(0, 6) + "@x.org ")
                .then().statusCode(201);
    }

    @Test
    void answersCarryTheSecurityHeadersAndTheSignUpIsNotStored() {
        String workshop = Fixtures.openWorkshop(10);
        given().get("/api/v1/workshops/" + workshop).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", nullValue());
        String token = signUp(workshop, "Asha Roy", "asha." + UUID.randomUUID() + "@example.org").then()
                .statusCode(201).header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .extract().path("manageToken");
        String id = given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/registrations").then()
                .extract().path("items[0].id");
        given().get("/api/v1/registrations/" + id + "?token=" + token).then().statusCode(200)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
    }

    private static io.restassured.response.Response signUp(String workshop, String name, String email) {
        return given().contentType(ContentType.JSON).body(Map.of("fullName", name, "email", email))
                .post("/api/v1/workshops/" + workshop + "/registrations");
    }
}
