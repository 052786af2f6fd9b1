package org.convene.directory;

import static io.restassured.RestAssured.given;
import static org.convene.directory.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Cities, organisations and members refuse control and invisible formatting characters in their names (a 400 naming
 * the field), emails are normalised (NFKC) so a look-alike cannot become a second member, organiser tokens are
 * checked for their audience and age, and answers with personal data are not stored by caches.
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "directory"))
class InputHygieneTest {

    @Test
    void controlAndFormatCharactersInNamesAreA400NamingTheField() {
        post("/api/v1/cities", Map.of("name", "Kolkata\u202E", "countryCode", "IN")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"))
                .body("errors[0].message", startsWith("must not contain control or invisible"));
        post("/api/v1/cities", Map.of("name", Fixtures.unique("Dhaka"), "countryCode", "BD", "region", "South\nAsia"))
                .then().statusCode(400).body("errors[0].field", equalTo("region"));
        String city = Fixtures.city();
        post("/api/v1/organisations", Map.of("name", "Council\u200B", "kind", "MUNICIPALITY", "cityId", city)).then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        post("/api/v1/members", Map.of("fullName", "Asha\rRoy", "email", Fixtures.uniqueEmail("asha"), "cityId", city))
                .then().statusCode(400).body("errors[0].field", equalTo("fullName"));
        post("/api/v1/members", Map.of("fullName", "Asha Roy", "email", Fixtures.uniqueEmail("asha"), "cityId", city,
                "title", "Planner\u2066")).then().statusCode(400).body("errors[0].field", equalTo("title"));
        // Bengali written with a zero-width joiner (র‍্যাব) is a name, not an attack
        post("/api/v1/members", Map.of("fullName", "র\u200D্যাব সেন", "email", Fixtures.uniqueEmail("rab"),
                "cityId", city)).then().statusCode(201);
    }

    @Test
    void emailsAreNormalisedSoALookAlikeCannotRegisterBesideTheOriginal() {
        String city = Fixtures.city();
        String email = Fixtures.uniqueEmail("uni");
        post("/api/v1/members", Map.of("fullName", "Uni", "email", email.replace("@", "\u200B@"), "cityId", city))
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        post("/api/v1/members", Map.of("fullName", "Uni", "email", " " + email + " ", "cityId", city)).then()
                .statusCode(201).body("email", equalTo(email));
        String fullWidthAt = email.replace("@", "\uFF20");
        post("/api/v1/members", Map.of("fullName", "Uni Twin", "email", fullWidthAt, "cityId", city)).then()
                .statusCode(409);
        String csv = "fullName,email,cityId\nTwin," + email.replace("@", "\u200B@") + "," + city
                + "\nBidi\u202E Name," + Fixtures.uniqueEmail("bidi") + "," + city + "\n";
        given().auth().oauth2(TOKEN).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/members/import").then().statusCode(200).body("created", equalTo(0))
                .body("rejected", hasSize(2)).body("rejected[0].errors[0].field", equalTo("email"))
                .body("rejected[1].errors[0].field", equalTo("fullName"));
    }

    @Test
    void organiserTokensForAnotherAudienceOrTooOldAreRefused() {
        Map<String, Object> city = Map.of("name", Fixtures.unique("Sylhet"), "countryCode", "BD");
        for (String token : new String[] {TestTokens.organiserFor("https://other.example/api"),
                TestTokens.organiserIssued(Duration.ofHours(13))}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(city).post("/api/v1/cities").then()
                    .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
        given().auth().oauth2(TestTokens.organiserIssued(Duration.ofHours(11))).contentType(ContentType.JSON)
                .body(city).post("/api/v1/cities").then().statusCode(201);
    }

    @Test
    void answersWithPersonalDataAreNotStoredAndPublicOnesStayCacheable() {
        String city = Fixtures.city();
        Fixtures.member("Asha Roy", Fixtures.uniqueEmail("asha"), city);
        given().auth().oauth2(TOKEN).get("/api/v1/members").then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "frame-ancestors 'none'");
        given().get("/api/v1/cities/" + city).then().statusCode(200).header("Cache-Control", nullValue())
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
    }

    private static io.restassured.response.Response post(String path, Map<String, ?> body) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post(path);
    }
}
