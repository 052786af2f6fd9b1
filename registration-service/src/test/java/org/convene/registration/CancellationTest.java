package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class CancellationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void theManageTokenOpensItsOwnRegistrationOnly() {
        String workshop = Fixtures.openWorkshop(5);
        Map<String, Object> mine = Fixtures.signUp(workshop, Fixtures.attendee("Own Reader"));
        Map<String, Object> theirs = Fixtures.signUp(workshop, Fixtures.attendee("Somebody Else"));
        String id = (String) mine.get("id");
        String token = (String) mine.get("manageToken");
        given().header("X-Manage-Token", token).get("/api/v1/registrations/" + id).then().statusCode(200)
                .body("fullName", equalTo("Own Reader")).body("status", equalTo("CONFIRMED"));
        given().queryParam("token", token).get("/api/v1/registrations/" + id).then().statusCode(200);
        given().auth().oauth2(org.convene.testkit.TestTokens.withGroups("attendee")).header("X-Manage-Token", token)
                .get("/api/v1/registrations/" + id).then().statusCode(200);
        given().auth().oauth2(org.convene.testkit.TestTokens.withGroups("attendee"))
                .get("/api/v1/registrations/" + id).then().statusCode(401);
        given().auth().oauth2(TOKEN).get("/api/v1/registrations/" + id).then().statusCode(200);
        given().get("/api/v1/registrations/" + id).then().statusCode(401).contentType("application/problem+json");
        given().header("X-Manage-Token", token).get("/api/v1/registrations/" + theirs.get("id")).then()
                .statusCode(403).contentType("application/problem+json");
        given().header("X-Manage-Token", token).post("/api/v1/registrations/" + theirs.get("id") + "/cancel").then()
                .statusCode(403);
        given().header("X-Manage-Token", "forged").get("/api/v1/registrations/" + id).then().statusCode(403);
        given().header("X-Manage-Token", token).get("/api/v1/registrations/" + UUID.randomUUID()).then()
                .statusCode(404);
        given().auth().oauth2(TOKEN).get("/api/v1/registrations/" + theirs.get("id")).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aFreedSeatGoesToTheFirstWaitlistedAndPositionsStayContiguous() throws Exception {
        String workshop = Fixtures.openWorkshop(2);
        Map<String, Object> a = Fixtures.signUp(workshop, Fixtures.attendee("Seat One"));
        Fixtures.signUp(workshop, Fixtures.attendee("Seat Two"));
        Map<String, Object> w1 = Fixtures.signUp(workshop, Fixtures.attendee("Wait One"));
        Map<String, Object> w2 = Fixtures.signUp(workshop, Fixtures.attendee("Wait Two"));
        Map<String, Object> w3 = Fixtures.signUp(workshop, Fixtures.attendee("Wait Three"));
        Map<String, Object> w4 = Fixtures.signUp(workshop, Fixtures.attendee("Wait Four"));

        // A waitlisted attendee leaves: everyone behind moves up.
        given().header("X-Manage-Token", w2.get("manageToken")).post("/api/v1/registrations/" + w2.get("id") + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("waitlistPosition", nullValue())
                .body("cancelledBy", equalTo("ATTENDEE"));
        position(w3, 2);
        position(w4, 3);

        // A confirmed attendee leaves (via ?token=): the first waitlisted gets the seat.
        given().queryParam("token", a.get("manageToken")).post("/api/v1/registrations/" + a.get("id") + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(TOKEN).get("/api/v1/registrations/" + w1.get("id")).then()
                .body("status", equalTo("CONFIRMED")).body("waitlistPosition", nullValue())
                .body("confirmedAt", notNullValue());
        position(w3, 1);
        position(w4, 2);
        given().get("/api/v1/workshops/" + workshop).then().body("confirmedCount", equalTo(2))
                .body("waitlistCount", equalTo(2)).body("seatsLeft", equalTo(0));

        // Cancelling again changes nothing; an organiser cancel is recorded as such.
        given().header("X-Manage-Token", a.get("manageToken")).post("/api/v1/registrations/" + a.get("id") + "/cancel")
                .then().statusCode(200).body("cancelledBy", equalTo("ATTENDEE"));
        given().auth().oauth2(TOKEN).post("/api/v1/registrations/" + w4.get("id") + "/cancel").then()
                .body("cancelledBy", equalTo("ORGANISER"));
        given().get("/api/v1/workshops/" + workshop).then().body("confirmedCount", equalTo(2))
                .body("waitlistCount", equalTo(1));

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.registrations.v1")) {
            ConsumerRecord<String, byte[]> promoted = reader.await(r -> "convene.registration.promoted.v1"
                    .equals(TopicReader.header(r, "ce_type")) && w1.get("id").equals(TopicReader.header(r, "ce_subject")),
                    1, Duration.ofSeconds(20)).get(0);
            Contracts.assertValid("convene.registration.promoted.v1", promoted.value());
            assertEquals(workshop, promoted.key());
            assertEquals(true, JSON.readTree(promoted.value()).get("manageTokenSealed").isTextual());
            ConsumerRecord<String, byte[]> cancelled = reader.await(r -> "convene.registration.cancelled.v1"
                    .equals(TopicReader.header(r, "ce_type")) && a.get("id").equals(TopicReader.header(r, "ce_subject")),
                    1, Duration.ofSeconds(20)).get(0);
            Contracts.assertValid("convene.registration.cancelled.v1", cancelled.value());
            assertEquals("ATTENDEE", JSON.readTree(cancelled.value()).get("cancelledBy").asText());
        }
    }

    @Test
    void twentyConcurrentCancellationsPromoteExactlyTheFirstTwenty() throws Exception {
        String workshop = Fixtures.openWorkshop(20);
        List<Map<String, Object>> confirmed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            confirmed.add(Fixtures.signUp(workshop, Fixtures.attendee("Confirmed " + i)));
        }
        List<Map<String, Object>> waitlisted = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            waitlisted.add(Fixtures.signUp(workshop, Fixtures.attendee("Waiting " + i)));
        }
        List<Callable<Concurrency.Reply>> tasks = new ArrayList<>();
        for (Map<String, Object> registration : confirmed) {
            URI cancel = URI.create(base + "api/v1/registrations/" + registration.get("id") + "/cancel");
            String token = (String) registration.get("manageToken");
            tasks.add(() -> Concurrency.post(cancel, null, "X-Manage-Token", token));
        }
        for (Concurrency.Reply reply : Concurrency.all(tasks)) {
            assertEquals(200, reply.status(), reply.body());
        }
        List<String> expectedPromoted = waitlisted.subList(0, 20).stream().map(r -> (String) r.get("id")).sorted()
                .toList();
        List<String> nowConfirmed = Fixtures.query("select id::text as id from registration where workshop_id ="
                + " ?::uuid and status = 'CONFIRMED' order by id::text", workshop).stream()
                .map(r -> (String) r.get("id")).toList();
        assertEquals(expectedPromoted, nowConfirmed, "exactly the first 20 of the waitlist were promoted");
        List<String> stillWaiting = Fixtures.query("select id::text as id from registration where workshop_id ="
                + " ?::uuid and status = 'WAITLISTED' order by waitlist_position", workshop).stream()
                .map(r -> (String) r.get("id")).toList();
        assertEquals(waitlisted.subList(20, 30).stream().map(r -> (String) r.get("id")).toList(), stillWaiting);
        List<Integer> positions = Fixtures.query("select waitlist_position from registration where workshop_id ="
                + " ?::uuid and status = 'WAITLISTED' order by waitlist_position", workshop).stream()
                .map(r -> (Integer) r.get("waitlist_position")).toList();
        assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), positions);
        Map<String, Object> row = Fixtures.workshopRow(workshop);
        assertEquals(20, row.get("confirmed_count"));
        assertEquals(10, row.get("waitlist_count"));
    }

    private static void position(Map<String, Object> registration, int expected) {
        given().auth().oauth2(TOKEN).get("/api/v1/registrations/" + registration.get("id")).then()
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(expected));
    }
}
