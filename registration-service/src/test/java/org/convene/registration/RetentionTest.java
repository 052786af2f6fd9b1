package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.convene.registration.repository.IdempotencyKeyPurge;
import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Secrets and remembered answers do not live for ever: manage links expire, Idempotency-Keys are purged. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class RetentionTest {

    @Inject
    IdempotencyKeyPurge purge;

    @Test
    void anIdempotencyKeyOlderThanADayIsForgotten() throws Exception {
        String workshop = Fixtures.openWorkshop(5);
        Map<String, Object> attendee = Fixtures.attendee("Purge Priya");
        String key = UUID.randomUUID().toString();
        Map<String, Object> original = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(attendee).post("/api/v1/workshops/" + workshop + "/registrations")
                .then().statusCode(201).extract().jsonPath().getMap("");
        String fresh = UUID.randomUUID().toString();
        given().header("Idempotency-Key", fresh).contentType(ContentType.JSON).body(Fixtures.attendee("Fresh Farid"))
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(201);
        update("update idempotency_key set created_at = now() - interval '25 hours' where idempotency_key = ?", key);

        int purged = purge.purgeOlderThan(Instant.now().minus(Duration.ofHours(24)));

        assertTrue(purged >= 1, "the day-old key is purged");
        assertEquals(0L, count(key), "gone");
        assertEquals(1L, count(fresh), "a key from today stays");
        // The retry is now a new request: the email is still registered, so it is a conflict, not a replay.
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(attendee)
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(409);
        given().auth().oauth2(TOKEN).get("/api/v1/registrations/" + original.get("id")).then().statusCode(200);
    }

    @Test
    void aManageLinkStopsWorkingThirtyDaysAfterTheWorkshopEnds() throws Exception {
        String workshop = Fixtures.openWorkshop(5);
        Map<String, Object> answer = Fixtures.signUp(workshop, Fixtures.attendee("Late Lata"));
        String id = (String) answer.get("id");
        String token = (String) answer.get("manageToken");
        given().queryParam("token", token).get("/api/v1/registrations/" + id).then().statusCode(200);

        update("update workshop set starts_at = now() - interval '32 days', ends_at = now() - interval '31 days'"
                + " where id = ?::uuid", workshop);

        given().queryParam("token", token).get("/api/v1/registrations/" + id).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://convene.example/problems/link-expired"));
        given().header("X-Manage-Token", token).post("/api/v1/registrations/" + id + "/cancel").then()
                .statusCode(410);
        given().auth().oauth2(TOKEN).get("/api/v1/registrations/" + id).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));

        update("update workshop set starts_at = now() - interval '30 days', ends_at = now() - interval '29 days'"
                + " where id = ?::uuid", workshop);
        given().queryParam("token", token).get("/api/v1/registrations/" + id).then().statusCode(200);
    }

    private static long count(String key) {
        return (Long) Fixtures.query("select count(*) as n from idempotency_key where idempotency_key = ?", key)
                .get(0).get("n");
    }

    private static void update(String sql, String parameter) throws Exception {
        try (Connection connection = Fixtures.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }
}
