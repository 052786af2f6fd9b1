package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class WorkshopChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @TestHTTPResource("/")
    URL base;

    @Test
    void patchNeedsTheCurrentETag() {
        String workshop = Fixtures.openWorkshop(10);
        String etag = etag(workshop);
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).body("{\"title\": \"Renamed\"}")
                .patch("/api/v1/workshops/" + workshop).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", "\"r999\"")
                .body("{\"title\": \"Renamed\"}").patch("/api/v1/workshops/" + workshop).then().statusCode(412)
                .contentType("application/problem+json");
        String next = given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"title\": \"Renamed\", \"description\": null}").patch("/api/v1/workshops/" + workshop)
                .then().statusCode(200).body("title", equalTo("Renamed")).body("description", equalTo(null))
                .body("sequence", equalTo(0)).extract().header("ETag");
        assertTrue(!next.equals(etag));
        // The old ETag is stale now; plain application/json is accepted too.
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"title\": \"Again\"}").patch("/api/v1/workshops/" + workshop).then().statusCode(412);
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("If-Match", next)
                .body("{\"title\": \"Again\"}").patch("/api/v1/workshops/" + workshop).then().statusCode(200);
        // Bad patches are 400s naming the field, and change nothing.
        String current = etag(workshop);
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", current)
                .body("{\"capacity\": \"many\"}").patch("/api/v1/workshops/" + workshop).then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", current)
                .body("{\"seats\": 3}").patch("/api/v1/workshops/" + workshop).then().statusCode(400)
                .body("errors[0].field", equalTo("seats"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", current)
                .body("{\"title\": null}").patch("/api/v1/workshops/" + workshop).then().statusCode(400)
                .body("errors.field", hasItem("title"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", current)
                .body("{\"endsAt\": \"2027-03-01T10:00:00+05:30\"}").patch("/api/v1/workshops/" + workshop)
                .then().statusCode(400).body("errors.field", hasItem("endsAt"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", current)
                .body("[1, 2]").patch("/api/v1/workshops/" + workshop).then().statusCode(400);
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", current)
                .body("{\"timezone\": \"Asia/Atlantis\"}").patch("/api/v1/workshops/" + workshop).then()
                .statusCode(400);
        given().contentType(MERGE_PATCH).header("If-Match", current).body("{\"title\": \"x\"}")
                .patch("/api/v1/workshops/" + workshop).then().statusCode(401);
        assertEquals(current, etag(workshop));
    }

    @Test
    void raisingCapacityPromotesAtOnceAndLoweringBelowConfirmedIs422() {
        String workshop = Fixtures.openWorkshop(2);
        for (int i = 0; i < 5; i++) {
            Fixtures.signUp(workshop, Fixtures.attendee("Capacity " + i));
        }
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag(workshop))
                .body("{\"capacity\": 1}").patch("/api/v1/workshops/" + workshop).then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/capacity-below-confirmed"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag(workshop))
                .body("{\"capacity\": 4}").patch("/api/v1/workshops/" + workshop).then().statusCode(200)
                .body("confirmedCount", equalTo(4)).body("waitlistCount", equalTo(1)).body("seatsLeft", equalTo(0));
        List<Integer> positions = Fixtures.query("select waitlist_position from registration where workshop_id ="
                + " ?::uuid and status = 'WAITLISTED'", workshop).stream()
                .map(r -> (Integer) r.get("waitlist_position")).toList();
        assertEquals(List.of(1), positions);
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag(workshop))
                .body("{\"capacity\": 10}").patch("/api/v1/workshops/" + workshop).then().statusCode(200)
                .body("confirmedCount", equalTo(5)).body("waitlistCount", equalTo(0)).body("seatsLeft", equalTo(5));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag(workshop))
                .body("{\"capacity\": 5}").patch("/api/v1/workshops/" + workshop).then().statusCode(200)
                .body("seatsLeft", equalTo(0));
    }

    @Test
    void aScheduleChangePublishesWorkshopUpdatedWithTheNextSequence() throws Exception {
        String workshop = Fixtures.openWorkshop(10);
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag(workshop))
                .body("{\"venue\": \"Biswa Bangla Convention Centre\", \"startsAt\": \"2027-03-03T10:00:00+05:30\"}")
                .patch("/api/v1/workshops/" + workshop).then().statusCode(200).body("sequence", equalTo(1))
                .body("startsAt", equalTo("2027-03-03T10:00:00+05:30"));
        // A capacity change alone is not a schedule change.
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag(workshop))
                .body("{\"capacity\": 12}").patch("/api/v1/workshops/" + workshop).then().statusCode(200)
                .body("sequence", equalTo(1));
        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.workshops.v1")) {
            List<ConsumerRecord<String, byte[]>> events = reader.await(TopicReader.withSubject(workshop), 2,
                    Duration.ofSeconds(20));
            assertEquals(2, events.size());
            ConsumerRecord<String, byte[]> updated = events.get(1);
            assertEquals("convene.workshop.updated.v1", TopicReader.header(updated, "ce_type"));
            Contracts.assertValid("convene.workshop.updated.v1", updated.value());
            JsonNode data = JSON.readTree(updated.value());
            assertEquals(1, data.get("sequence").asInt());
            assertEquals("Biswa Bangla Convention Centre", data.get("venue").asText());
            assertEquals("2027-03-03T10:00:00+05:30", data.get("startsAt").asText());
            assertEquals(2, reader.drain(TopicReader.withSubject(workshop), Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void cancellingAWorkshopCancelsEveryRegistration() {
        String workshop = Fixtures.openWorkshop(1);
        Map<String, Object> confirmed = Fixtures.signUp(workshop, Fixtures.attendee("Will Be Cancelled"));
        Map<String, Object> waiting = Fixtures.signUp(workshop, Fixtures.attendee("Also Cancelled"));
        given().auth().oauth2(TOKEN).post("/api/v1/workshops/" + workshop + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("confirmedCount", equalTo(0))
                .body("waitlistCount", equalTo(0)).body("sequence", equalTo(1));
        given().auth().oauth2(TOKEN).post("/api/v1/workshops/" + workshop + "/cancel").then().statusCode(200)
                .body("sequence", equalTo(1));
        for (Map<String, Object> registration : List.of(confirmed, waiting)) {
            given().header("X-Manage-Token", registration.get("manageToken"))
                    .get("/api/v1/registrations/" + registration.get("id")).then().statusCode(200)
                    .body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("WORKSHOP"));
        }
        given().contentType(ContentType.JSON).body(Fixtures.attendee("Too Late"))
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/workshop-cancelled"));
        given().auth().oauth2(TOKEN).contentType(MERGE_PATCH).header("If-Match", etag(workshop))
                .body("{\"capacity\": 5}").patch("/api/v1/workshops/" + workshop).then().statusCode(422);
        given().get("/api/v1/workshops/" + workshop).then().statusCode(200).body("status", equalTo("CANCELLED"));
        try (TopicReader workshops = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.workshops.v1");
                TopicReader registrations = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                        "registration.registrations.v1")) {
            ConsumerRecord<String, byte[]> cancelled = workshops.await(r -> workshop.equals(r.key())
                    && "convene.workshop.cancelled.v1".equals(TopicReader.header(r, "ce_type")), 1,
                    Duration.ofSeconds(20)).get(0);
            Contracts.assertValid("convene.workshop.cancelled.v1", cancelled.value());
            List<ConsumerRecord<String, byte[]>> each = registrations.await(r -> workshop.equals(r.key())
                    && "convene.registration.cancelled.v1".equals(TopicReader.header(r, "ce_type")), 2,
                    Duration.ofSeconds(20));
            assertEquals(2, each.size());
            each.forEach(r -> Contracts.assertValid("convene.registration.cancelled.v1", r.value()));
        }
    }

    @Test
    void checkInRecordsTheTimeAndCountsAttendance() {
        String workshop = Fixtures.openWorkshop(1);
        Map<String, Object> confirmed = Fixtures.signUp(workshop, Fixtures.attendee("Present Person"));
        Map<String, Object> waiting = Fixtures.signUp(workshop, Fixtures.attendee("Waiting Person"));
        String at = given().auth().oauth2(TOKEN).post("/api/v1/registrations/" + confirmed.get("id") + "/check-in")
                .then().statusCode(200).body("checkedInAt", notNullValue()).extract().path("checkedInAt");
        given().auth().oauth2(TOKEN).post("/api/v1/registrations/" + confirmed.get("id") + "/check-in")
                .then().statusCode(200).body("checkedInAt", equalTo(at));
        given().auth().oauth2(TOKEN).post("/api/v1/registrations/" + waiting.get("id") + "/check-in")
                .then().statusCode(422).body("type", equalTo("https://convene.example/problems/not-confirmed"));
        given().header("X-Manage-Token", confirmed.get("manageToken"))
                .post("/api/v1/registrations/" + confirmed.get("id") + "/check-in").then().statusCode(401);
        given().auth().oauth2(TOKEN).post("/api/v1/registrations/" + java.util.UUID.randomUUID() + "/check-in")
                .then().statusCode(404);
        given().get("/api/v1/workshops/" + workshop).then().body("attendanceCount", equalTo(1));
        assertPublishedValid("convene.registration.checked-in.v1", confirmed.get("id"));
    }

    @Test
    void anOrganiserUndoesACheckInOnce() {
        String workshop = Fixtures.openWorkshop(2);
        Map<String, Object> present = Fixtures.signUp(workshop, Fixtures.attendee("Tapped By Mistake"));
        Map<String, Object> other = Fixtures.signUp(workshop, Fixtures.attendee("Really Present"));
        String checkIn = "/api/v1/registrations/" + present.get("id") + "/check-in";
        String otherCheckIn = "/api/v1/registrations/" + other.get("id") + "/check-in";
        given().auth().oauth2(TOKEN).post(checkIn).then().statusCode(200).body("checkedInAt", notNullValue());
        given().auth().oauth2(TOKEN).post(otherCheckIn).then().statusCode(200);
        given().get("/api/v1/workshops/" + workshop).then().body("attendanceCount", equalTo(2));

        given().auth().oauth2(TOKEN).delete(checkIn).then().statusCode(200).body("id", equalTo(present.get("id")))
                .body("status", equalTo("CONFIRMED")).body("checkedInAt", equalTo(null));
        given().get("/api/v1/workshops/" + workshop).then().body("attendanceCount", equalTo(1));
        assertEquals(null, Fixtures.query("select checked_in_at from registration where id = ?::uuid",
                present.get("id")).get(0).get("checked_in_at"));
        assertEquals(1L, undoneEvents(present), "one check-in-undone event");

        // Undoing again changes nothing and publishes nothing.
        given().auth().oauth2(TOKEN).delete(checkIn).then().statusCode(200).body("checkedInAt", equalTo(null));
        given().get("/api/v1/workshops/" + workshop).then().body("attendanceCount", equalTo(1));
        assertEquals(1L, undoneEvents(present), "a second undo publishes nothing");

        // Only an organiser may undo; an unknown registration is a 404 problem.
        given().header("X-Manage-Token", other.get("manageToken")).delete(otherCheckIn).then().statusCode(401)
                .contentType("application/problem+json");
        given().delete(otherCheckIn).then().statusCode(401);
        given().auth().oauth2(org.convene.testkit.TestTokens.withGroups("attendee")).delete(otherCheckIn).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).delete("/api/v1/registrations/" + java.util.UUID.randomUUID() + "/check-in")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://convene.example/problems/not-found"));
        given().get("/api/v1/workshops/" + workshop).then().body("attendanceCount", equalTo(1));
        assertEquals(1L, Fixtures.query("select count(*) as n from registration where id = ?::uuid and"
                + " checked_in_at is not null", other.get("id")).get(0).get("n"), "the refused undos changed nothing");

        // The attendee can be checked in again.
        given().auth().oauth2(TOKEN).post(checkIn).then().statusCode(200).body("checkedInAt", notNullValue());
        given().get("/api/v1/workshops/" + workshop).then().body("attendanceCount", equalTo(2));

        assertPublishedValid("convene.registration.check-in-undone.v1", present.get("id"));
    }

    @Test
    void aCancelledRegistrationKeepsItsCheckIn() {
        String workshop = Fixtures.openWorkshop(1);
        Map<String, Object> attendee = Fixtures.signUp(workshop, Fixtures.attendee("Came Then Cancelled"));
        String checkIn = "/api/v1/registrations/" + attendee.get("id") + "/check-in";
        given().auth().oauth2(TOKEN).post(checkIn).then().statusCode(200);
        given().auth().oauth2(TOKEN).post("/api/v1/registrations/" + attendee.get("id") + "/cancel").then()
                .statusCode(200);
        given().auth().oauth2(TOKEN).delete(checkIn).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://convene.example/problems/not-confirmed"));
        given().get("/api/v1/workshops/" + workshop).then().body("attendanceCount", equalTo(1));
        assertEquals(0L, undoneEvents(attendee));
    }

    /** An event of this type about this registration reaches registration.registrations.v1 and matches its schema. */
    private static void assertPublishedValid(String type, Object registrationId) {
        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.registrations.v1")) {
            ConsumerRecord<String, byte[]> event = reader.await(r -> type.equals(TopicReader.header(r, "ce_type"))
                    && registrationId.equals(TopicReader.header(r, "ce_subject")), 1, Duration.ofSeconds(20)).get(0);
            Contracts.assertValid(type, event.value());
        }
    }

    private static long undoneEvents(Map<String, Object> registration) {
        return (Long) Fixtures.query("select count(*) as n from outbox_event where subject = ? and event_type"
                + " = 'convene.registration.check-in-undone.v1'", registration.get("id")).get(0).get("n");
    }

    @Test
    void concurrentCapacityRaisesAndCancellationsNeverOverbook() throws Exception {
        String workshop = Fixtures.openWorkshop(10);
        List<Map<String, Object>> registrations = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            registrations.add(Fixtures.signUp(workshop, Fixtures.attendee("Mixed " + i)));
        }
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> victim = registrations.get(i * 3);
            URI cancel = URI.create(base + "api/v1/registrations/" + victim.get("id") + "/cancel");
            String token = (String) victim.get("manageToken");
            tasks.add(() -> Concurrency.post(cancel, null, "X-Manage-Token", token).status());
        }
        for (int capacity = 11; capacity <= 20; capacity++) {
            int target = capacity;
            tasks.add(() -> raiseCapacity(workshop, target));
            Map<String, Object> newcomer = Fixtures.attendee("Newcomer " + capacity);
            URI signUp = URI.create(base + "api/v1/workshops/" + workshop + "/registrations");
            tasks.add(() -> Concurrency.post(signUp, JSON.writeValueAsString(newcomer)).status());
        }
        List<Integer> statuses = Concurrency.all(tasks);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201), statuses.toString());

        Map<String, Object> row = Fixtures.workshopRow(workshop);
        int capacity = (Integer) row.get("capacity");
        long confirmed = SignUpRushTest.count(workshop, "CONFIRMED");
        long waitlisted = SignUpRushTest.count(workshop, "WAITLISTED");
        assertEquals(20, capacity, "the last raise wins whatever the order");
        assertEquals(confirmed, ((Integer) row.get("confirmed_count")).longValue());
        assertEquals(waitlisted, ((Integer) row.get("waitlist_count")).longValue());
        assertTrue(confirmed <= capacity, "never overbooked");
        assertEquals(40 + 10 - 10, confirmed + waitlisted);
        assertEquals(Math.min(capacity, 40L), confirmed, "free seats and a waitlist never coexist");
        List<Integer> positions = Fixtures.query("select waitlist_position from registration where workshop_id ="
                + " ?::uuid and status = 'WAITLISTED' order by waitlist_position", workshop).stream()
                .map(r -> (Integer) r.get("waitlist_position")).toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, (int) waitlisted).boxed().toList(), positions);
    }

    /** Raises the capacity to at least {@code target}, retrying on a stale ETag like a real client would. */
    private int raiseCapacity(String workshop, int target) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            HttpResponse<String> current = Concurrency.HTTP.send(HttpRequest.newBuilder(
                    URI.create(base + "api/v1/workshops/" + workshop)).build(), HttpResponse.BodyHandlers.ofString());
            int capacity = JSON.readTree(current.body()).get("capacity").asInt();
            if (capacity >= target) {
                return 200;
            }
            HttpResponse<String> patched = Concurrency.HTTP.send(HttpRequest.newBuilder(
                    URI.create(base + "api/v1/workshops/" + workshop))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", MERGE_PATCH)
                    .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"capacity\": " + target + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (patched.statusCode() != 412) {
                return patched.statusCode();
            }
        }
        return 412;
    }

    private static String etag(String workshop) {
        return given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop).then().statusCode(200)
                .extract().header("ETag");
    }
}
