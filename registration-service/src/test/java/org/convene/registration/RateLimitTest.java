package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The public sign-up is limited per client address (every attempt) and per email (accepted sign-ups only): 429
 * problem+json with Retry-After. The test client connects from loopback, which the default trusted-proxy list
 * trusts, so each test picks its client addresses with X-Forwarded-For, as a balancer in front would.
 */
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
    void signUpsAreLimitedPerAcceptedEmailThenPerClientAddress() {
        String address = "198.51.100.10";
        String email = "repeat." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String first = workshop("Khulna");
        String second = workshop("Jessore");
        String third = workshop("Rajshahi");

        signUp(first, email, address).then().statusCode(201);
        signUp(first, email, address).then().statusCode(409);
        signUp(second, email, "198.51.100.11").then().statusCode(201);
        // two accepted sign-ups for this email within the window: the third is refused, from any address
        signUp(third, email, "198.51.100.12").then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).body("detail", containsString("email"))
                .header("Retry-After", notNullValue());

        signUp(first, "one." + UUID.randomUUID() + "@example.org", address).then().statusCode(201);
        signUp(first, "two." + UUID.randomUUID() + "@example.org", address).then().statusCode(201);
        signUp(first, "three." + UUID.randomUUID() + "@example.org", address).then().statusCode(201);
        signUp(first, "four." + UUID.randomUUID() + "@example.org", address).then().statusCode(429)
                .contentType("application/problem+json").body("detail", containsString("client address"));
        given().get("/api/v1/workshops/" + first).then().statusCode(200).body("confirmedCount", equalTo(4));
    }

    @Test
    void twoHundredPeopleBehindOneTrustedProxyAreLimitedEachOnTheirOwn() {
        String workshop = workshop("Barishal", 300);
        List<Integer> statuses = IntStream.range(0, 200).mapToObj(i -> signUp(workshop,
                "crowd." + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                "203.0.113." + i).statusCode()).toList();
        assertEquals(List.of(201), statuses.stream().distinct().toList(), "every sign-up through the proxy");
        for (int i = 0; i < 5; i++) {
            signUp(workshop, "same." + i + "." + UUID.randomUUID() + "@example.org", "192.0.2.77").then()
                    .statusCode(201);
        }
        signUp(workshop, "same.6." + UUID.randomUUID() + "@example.org", "192.0.2.77").then().statusCode(429)
                .body("detail", containsString("client address"));
    }

    @Test
    void failedSignUpsInSomeonesNameDoNotLockThemOut() {
        String victim = "victim." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 0; i < 10; i++) {
            signUp(UUID.randomUUID().toString(), victim, "198.18.0." + i).then().statusCode(404);
        }
        String workshop = workshop("Sylhet");
        signUp(workshop, victim, "198.18.1.1").then().statusCode(201);
    }

    private static String workshop(String city) {
        return workshop(city, 50);
    }

    private static String workshop(String city, int capacity) {
        Map<String, Object> workshop = new HashMap<>(Fixtures.workshopBody(capacity));
        workshop.put("hostCityId", Fixtures.newCity(city + " " + UUID.randomUUID().toString().substring(0, 4))
                .toString());
        return Fixtures.openWorkshop(workshop);
    }

    static io.restassured.response.Response signUp(String workshopId, String email, String forwardedFor) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", forwardedFor)
                .body(Map.of("fullName", "Repeat Attendee", "email", email))
                .post("/api/v1/workshops/" + workshopId + "/registrations");
    }
}
