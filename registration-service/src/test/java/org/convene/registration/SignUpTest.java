package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.platform.security.SealedSecrets;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class SignUpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SealedSecrets secrets;

    @Test
    void confirmedWhileSeatsAreLeftThenWaitlistedWithPositions() throws Exception {
        String workshop = Fixtures.openWorkshop(2);
        Map<String, Object> first = Fixtures.signUp(workshop, Fixtures.attendee("Anindita Sen"));
        Map<String, Object> second = Fixtures.signUp(workshop, Fixtures.attendee("Rafiqul Islam"));
        Map<String, Object> third = Fixtures.signUp(workshop, Fixtures.attendee("Nimali Perera"));
        Map<String, Object> fourth = Fixtures.signUp(workshop, Fixtures.attendee("Aishath Shifa"));
        assertEquals("CONFIRMED", first.get("status"));
        assertNull(first.get("waitlistPosition"));
        assertEquals("CONFIRMED", second.get("status"));
        assertEquals("WAITLISTED", third.get("status"));
        assertEquals(1, third.get("waitlistPosition"));
        assertEquals(2, fourth.get("waitlistPosition"));
        assertEquals(workshop, first.get("workshopId"));
        assertNotEquals(first.get("manageToken"), second.get("manageToken"));
        assertTrue(OffsetDateTime.parse((String) first.get("registeredAt")).getOffset().equals(ZoneOffset.UTC));

        given().get("/api/v1/workshops/" + workshop).then().statusCode(200).body("confirmedCount", equalTo(2))
                .body("waitlistCount", equalTo(2)).body("seatsLeft", equalTo(0));
        // The token is stored hashed only.
        Map<String, Object> row = Fixtures.query("select manage_token_hash, manage_token_sealed from registration"
                + " where id = ?::uuid", first.get("id")).get(0);
        assertEquals(SealedSecrets.hash((String) first.get("manageToken")), row.get("manage_token_hash"));
        assertNotEquals(first.get("manageToken"), row.get("manage_token_sealed"));

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.registrations.v1")) {
            ConsumerRecord<String, byte[]> confirmed = reader
                    .await(TopicReader.withSubject((String) first.get("id")), 1, Duration.ofSeconds(20)).get(0);
            assertEquals("convene.registration.confirmed.v1", TopicReader.header(confirmed, "ce_type"));
            assertEquals(workshop, confirmed.key(), "registration events are keyed by workshop id");
            Contracts.assertValid("convene.registration.confirmed.v1", confirmed.value());
            JsonNode data = JSON.readTree(confirmed.value());
            assertEquals(first.get("manageToken"), secrets.open(data.get("manageTokenSealed").asText()));
            assertEquals("Asia/Kolkata", data.get("workshop").get("timezone").asText());

            ConsumerRecord<String, byte[]> waitlisted = reader
                    .await(TopicReader.withSubject((String) third.get("id")), 1, Duration.ofSeconds(20)).get(0);
            assertEquals("convene.registration.waitlisted.v1", TopicReader.header(waitlisted, "ce_type"));
            Contracts.assertValid("convene.registration.waitlisted.v1", waitlisted.value());
            assertEquals(1, JSON.readTree(waitlisted.value()).get("waitlistPosition").asInt());
        }
    }

    @Test
    void anEmailAlreadyActivelyRegisteredIs409WhateverTheCase() {
        String workshop = Fixtures.openWorkshop(5);
        Map<String, Object> attendee = Fixtures.attendee("Tashi Dorji");
        Fixtures.signUp(workshop, attendee);
        Map<String, Object> again = Map.of("fullName", "Tashi D.",
                "email", ((String) attendee.get("email")).toUpperCase());
        given().contentType(ContentType.JSON).body(again).post("/api/v1/workshops/" + workshop + "/registrations")
                .then().statusCode(409).contentType("application/problem+json");
        // Another workshop is fine.
        Fixtures.signUp(Fixtures.openWorkshop(5), attendee);
    }

    @Test
    void fullWithoutWaitlistIs422() {
        Map<String, Object> body = Fixtures.workshopBody(1);
        body.put("waitlistEnabled", false);
        String workshop = Fixtures.openWorkshop(body);
        Fixtures.signUp(workshop, Fixtures.attendee("First In"));
        given().contentType(ContentType.JSON).body(Fixtures.attendee("Too Late"))
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/workshop-full"));
        given().get("/api/v1/workshops/" + workshop).then().body("confirmedCount", equalTo(1))
                .body("waitlistCount", equalTo(0)).body("registrationOpen", equalTo(false));
    }

    @Test
    void draftsAndClosedWindowsRefuseSignUps() {
        String draft = Fixtures.createWorkshop(Fixtures.workshopBody(5));
        given().contentType(ContentType.JSON).body(Fixtures.attendee("Early Bird"))
                .post("/api/v1/workshops/" + draft + "/registrations").then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/workshop-not-open"));

        Map<String, Object> notYet = Fixtures.workshopBody(5);
        notYet.put("registrationOpensAt", "2027-01-01T00:00:00+05:30");
        String future = Fixtures.openWorkshop(notYet);
        given().contentType(ContentType.JSON).body(Fixtures.attendee("Early Bird"))
                .post("/api/v1/workshops/" + future + "/registrations").then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/registration-not-open-yet"));

        Map<String, Object> past = Fixtures.workshopBody(5);
        past.put("startsAt", "2026-01-10T09:00:00+05:30");
        past.put("endsAt", "2026-01-10T17:00:00+05:30");
        String over = Fixtures.openWorkshop(past);
        given().contentType(ContentType.JSON).body(Fixtures.attendee("Late Comer"))
                .post("/api/v1/workshops/" + over + "/registrations").then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/registration-closed"));

        given().contentType(ContentType.JSON).body(Fixtures.attendee("Nobody"))
                .post("/api/v1/workshops/" + UUID.randomUUID() + "/registrations").then().statusCode(404);
    }

    @Test
    void badSignUpsAre4xx() {
        String workshop = Fixtures.openWorkshop(5);
        given().contentType(ContentType.JSON).body(Map.of("fullName", "", "email", "not-an-email"))
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(400)
                .body("errors.field", hasItem("email")).body("errors.field", hasItem("fullName"));
        Map<String, Object> unknownCity = Fixtures.attendee("Lost Traveller");
        unknownCity.put("cityId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(unknownCity)
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/unknown-city"));
        Map<String, Object> unknownMember = Fixtures.attendee("Ghost Member");
        unknownMember.put("memberId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(unknownMember)
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/unknown-member"));
        given().contentType(ContentType.JSON).body("{\"fullName\": \"X\", \"email\": \"x@example.org\", \"answers\": [1]}")
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"fullName\": \"X\", \"email\": \"x@example.org\", \"seat\": 1}")
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(400)
                .body("errors[0].field", equalTo("seat"));
        Map<String, Object> known = Fixtures.attendee("Known City");
        known.put("cityId", Fixtures.city().toString());
        Fixtures.signUp(workshop, known);
    }

    @Test
    void idempotencyKeyReplaysTheOriginalAnswer() {
        String workshop = Fixtures.openWorkshop(1);
        Map<String, Object> attendee = Fixtures.attendee("Retry Rita");
        String key = UUID.randomUUID().toString();
        Map<String, Object> original = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(attendee).post("/api/v1/workshops/" + workshop + "/registrations")
                .then().statusCode(201).extract().jsonPath().getMap("");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(attendee)
                .post("/api/v1/workshops/" + workshop + "/registrations")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(original.get("id"))).body("status", equalTo("CONFIRMED"))
                .body("manageToken", equalTo(original.get("manageToken")))
                .body("registeredAt", equalTo(original.get("registeredAt")));
        Map<String, Object> other = Fixtures.attendee("Someone Else");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(other)
                .post("/api/v1/workshops/" + workshop + "/registrations")
                .then().statusCode(422).body("type", equalTo("https://convene.example/problems/idempotency-key-reused"));
        assertEquals(1L, Fixtures.query("select count(*) as n from registration where workshop_id = ?::uuid",
                UUID.fromString(workshop)).get(0).get("n"));
        given().header("Idempotency-Key", "has spaces in it").contentType(ContentType.JSON).body(other)
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(400);
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneRegistration() throws Exception {
        String workshop = Fixtures.openWorkshop(5);
        String body = JSON.writeValueAsString(Fixtures.attendee("Impatient Ivan"));
        String key = UUID.randomUUID().toString();
        java.net.URI uri = java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/api/v1/workshops/" + workshop + "/registrations");
        List<java.util.concurrent.Callable<Concurrency.Reply>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> Concurrency.post(uri, body, "Idempotency-Key", key));
        }
        List<Concurrency.Reply> replies = Concurrency.all(tasks);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Concurrency.Reply reply : replies) {
            assertEquals(201, reply.status(), reply.body());
            ids.add(JSON.readTree(reply.body()).get("id").asText());
        }
        assertEquals(1, ids.size(), "every retry got the same registration");
        assertEquals(1L, Fixtures.query("select count(*) as n from registration where workshop_id = ?::uuid",
                UUID.fromString(workshop)).get(0).get("n"));
    }

    @Test
    void publicReadsNeverShowOtherPeoplesData() {
        String workshop = Fixtures.openWorkshop(3);
        Map<String, Object> attendee = Fixtures.attendee("Private Person");
        Fixtures.signUp(workshop, attendee);
        String page = given().get("/api/v1/workshops/" + workshop).then().statusCode(200).extract().asString();
        assertTrue(!page.contains((String) attendee.get("email")) && !page.contains("Private Person"));
        given().get("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(401);
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(200)
                .body("items.email", hasItem(attendee.get("email"))).body("next", nullValue());
        given().auth().oauth2(TOKEN).queryParam("status", "WAITLISTED")
                .get("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth().oauth2(TOKEN).queryParam("status", "MAYBE")
                .get("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(400);
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + UUID.randomUUID() + "/registrations")
                .then().statusCode(404).body("status", notNullValue());
    }
}
