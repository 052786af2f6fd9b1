package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The public sign-up is limited per client address and per email: 429 problem+json with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class RateLimitTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("convene.rate-limits.sign-up.per-address", "5",
                    "convene.rate-limits.sign-up.per-email", "2",
                    "convene.rate-limits.sign-up.window", "1h");
        }
    }

    @Test
    void signUpsAreLimitedPerEmailThenPerClientAddress() {
        Map<String, Object> workshop = Fixtures.workshopBody(50);
        workshop.put("hostCityId", Fixtures.newCity("Khulna").toString());
        String workshopId = Fixtures.openWorkshop(workshop);
        String email = "repeat." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        signUp(workshopId, email).then().statusCode(201);
        signUp(workshopId, email).then().statusCode(409);
        signUp(workshopId, email).then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).header("Retry-After", notNullValue());

        signUp(workshopId, "one." + UUID.randomUUID() + "@example.org").then().statusCode(201);
        signUp(workshopId, "two." + UUID.randomUUID() + "@example.org").then().statusCode(201);
        signUp(workshopId, "three." + UUID.randomUUID() + "@example.org").then().statusCode(429)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString(
                        "client address"));
        given().get("/api/v1/workshops/" + workshopId).then().statusCode(200).body("confirmedCount", equalTo(3));
    }

    private static io.restassured.response.Response signUp(String workshopId, String email) {
        return given().contentType(ContentType.JSON).body(Map.of("fullName", "Repeat Attendee", "email", email))
                .post("/api/v1/workshops/" + workshopId + "/registrations");
    }
}
