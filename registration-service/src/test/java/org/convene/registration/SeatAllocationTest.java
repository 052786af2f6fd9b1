package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.convene.registration.mapping.Times;
import org.convene.registration.service.Seats;
import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Seats per city: never more confirmed than a group's limit, one FIFO waitlist, releaseAt promotes once. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class SeatAllocationTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void twoHundredConcurrentSignUpsFromFiveCitiesWithTwoSeatsEach() throws Exception {
        List<UUID> cities = IntStream.range(0, 5).mapToObj(i -> Fixtures.newCity("Rush city " + i)).toList();
        String workshop = Fixtures.openWorkshop(allocated(30, 2, null));
        URI signUp = URI.create(base + "api/v1/workshops/" + workshop + "/registrations");
        List<Callable<Concurrency.Reply>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = "{\"fullName\": \"Attendee " + i + "\", \"email\": \"city-rush" + i + "."
                    + UUID.randomUUID().toString().substring(0, 6) + "@example.org\", \"cityId\": \""
                    + cities.get(i % 5) + "\"}";
            tasks.add(() -> Concurrency.post(signUp, body));
        }
        Concurrency.all(tasks).forEach(reply -> assertEquals(201, reply.status(), reply.body()));

        assertEquals(10L, SignUpRushTest.count(workshop, "CONFIRMED"));
        assertEquals(190L, SignUpRushTest.count(workshop, "WAITLISTED"));
        for (UUID city : cities) {
            assertEquals(2L, Fixtures.query("select count(*) as n from registration where workshop_id = ?::uuid"
                    + " and status = 'CONFIRMED' and city_id = ?", workshop, city).get(0).get("n"), "city " + city);
            // First come, first served inside the city: its two seats went to its first two sign-ups.
            Timestamp lastConfirmed = (Timestamp) Fixtures.query("select max(registered_at) as t from registration"
                    + " where workshop_id = ?::uuid and city_id = ? and status = 'CONFIRMED'", workshop, city)
                    .get(0).get("t");
            Timestamp firstWaiting = (Timestamp) Fixtures.query("select min(registered_at) as t from registration"
                    + " where workshop_id = ?::uuid and city_id = ? and status = 'WAITLISTED'", workshop, city)
                    .get(0).get("t");
            assertTrue(lastConfirmed.compareTo(firstWaiting) <= 0, "city " + city + " confirmed before waiting");
        }
        Map<String, Object> row = Fixtures.workshopRow(workshop);
        assertEquals(10, row.get("confirmed_count"));
        assertEquals(190, row.get("waitlist_count"));
        List<Integer> stored = positions(workshop);
        assertEquals(IntStream.rangeClosed(1, 190).boxed().toList(), stored);
        List<Integer> byTime = Fixtures.query("select waitlist_position from registration where workshop_id = ?::uuid"
                + " and status = 'WAITLISTED' order by registered_at, waitlist_position", workshop).stream()
                .map(r -> (Integer) r.get("waitlist_position")).toList();
        assertEquals(stored, byTime, "one FIFO waitlist in sign-up order");
        // The groups' counters agree with the rows, and the public seats view with both.
        assertEquals(List.of(2, 2, 2, 2, 2), Fixtures.query("select confirmed_count from seat_group where"
                + " workshop_id = ?::uuid", workshop).stream().map(r -> (Integer) r.get("confirmed_count")).toList());
        given().get("/api/v1/workshops/" + workshop + "/seats").then().statusCode(200)
                .body("capacity", equalTo(30)).body("confirmed", equalTo(10)).body("waitlisted", equalTo(190))
                .body("groups.size()", equalTo(5)).body("groups.confirmed", equalTo(List.of(2, 2, 2, 2, 2)))
                .body("groups.waitlisted", equalTo(List.of(38, 38, 38, 38, 38)))
                .body("groups.limit", equalTo(List.of(2, 2, 2, 2, 2))).body("released", equalTo(false));
    }

    @Test
    void aFreedSeatGoesToTheFirstWaitlistedRegistrationItCanConfirm() {
        UUID a = Fixtures.newCity("Freed A");
        UUID b = Fixtures.newCity("Freed B");
        String workshop = Fixtures.openWorkshop(allocated(3, 2, null));
        assertEquals("CONFIRMED", signUp(workshop, "A one", a).get("status"));
        assertEquals("CONFIRMED", signUp(workshop, "A two", a).get("status"));
        Map<String, Object> a3 = signUp(workshop, "A three", a); // A is full
        Map<String, Object> b1 = signUp(workshop, "B one", b); // the workshop's last seat
        Map<String, Object> b2 = signUp(workshop, "B two", b); // the workshop is full
        Map<String, Object> a4 = signUp(workshop, "A four", a);
        assertEquals(List.of("WAITLISTED", 1), List.of(a3.get("status"), a3.get("waitlistPosition")));
        assertEquals("CONFIRMED", b1.get("status"));
        assertEquals(List.of(2, 3), List.of(b2.get("waitlistPosition"), a4.get("waitlistPosition")));

        cancel(b1);

        // A three is first in line but A has no room: the seat goes to B two; the line closes up behind.
        assertEquals("CONFIRMED", status(b2));
        assertEquals(List.of("WAITLISTED", 1), List.of(status(a3), position(a3)));
        assertEquals(List.of("WAITLISTED", 2), List.of(status(a4), position(a4)));
        assertEquals(List.of(1, 2), positions(workshop));
        // A sign-up without a city is a 400 naming the field under an allocation.
        given().contentType(ContentType.JSON).body(Fixtures.attendee("No City"))
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(400)
                .body("errors[0].field", equalTo("cityId"));
        // An override gives one group its own limit; a limit below a group's confirmed count is refused.
        patch(workshop, Map.of("seatAllocation", Map.of("by", "CITY", "seatsPerGroup", 2,
                "overrides", Map.of(a.toString(), 1)))).then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/group-limit-below-confirmed"));
    }

    @Test
    void releaseAtLiftsTheLimitsAndPromotesTheWaitlistInOrderExactlyOnce() throws Exception {
        UUID a = Fixtures.newCity("Release A");
        UUID b = Fixtures.newCity("Release B");
        OffsetDateTime releaseAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(4);
        String workshop = Fixtures.openWorkshop(allocated(4, 1, releaseAt));
        signUp(workshop, "A one", a);
        Map<String, Object> a2 = signUp(workshop, "A two", a);
        Map<String, Object> a3 = signUp(workshop, "A three", a);
        signUp(workshop, "B one", b);
        Map<String, Object> a4 = signUp(workshop, "A four", a);
        assertEquals(List.of(1, 2, 3), List.of(a2.get("waitlistPosition"), a3.get("waitlistPosition"),
                a4.get("waitlistPosition")));
        assertTrue(OffsetDateTime.now(ZoneOffset.UTC).isBefore(releaseAt), "the sign-ups took too long");

        // At releaseAt, eight "instances" race to release it (and the release job may be one more).
        Fixtures.sleep(java.time.Duration.between(OffsetDateTime.now(ZoneOffset.UTC), releaseAt).toMillis() + 50);
        UUID id = UUID.fromString(workshop);
        Seats seats = Arc.container().instance(Seats.class).get();
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racers.add(() -> {
                QuarkusTransaction.requiringNew().run(() -> seats.lock(id, Times.now()));
                return true;
            });
        }
        Concurrency.all(racers);

        // Two free seats: the first two waiting, in order; A four moves to the front.
        assertEquals(List.of("CONFIRMED", "CONFIRMED"), List.of(status(a2), status(a3)));
        assertEquals(List.of("WAITLISTED", 1), List.of(status(a4), position(a4)));
        assertEquals(2L, Fixtures.query("select count(*) as n from outbox_event where message_key = ? and event_type"
                + " = 'convene.registration.promoted.v1'", workshop).get(0).get("n"), "promoted once each");
        Map<String, Object> row = Fixtures.workshopRow(workshop);
        assertEquals(4, row.get("confirmed_count"));
        assertTrue(row.get("allocation_released_at") != null);
        given().get("/api/v1/workshops/" + workshop + "/seats").then().statusCode(200)
                .body("released", equalTo(true)).body("confirmed", equalTo(4));
        // After the release a group's limit no longer applies: a freed seat goes to A four.
        cancel(a2);
        assertEquals("CONFIRMED", status(a4));
    }

    @Test
    void theReleaseJobLiftsTheLimitsWithoutAnyTraffic() {
        UUID a = Fixtures.newCity("Job A");
        OffsetDateTime releaseAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2);
        String workshop = Fixtures.openWorkshop(allocated(2, 1, releaseAt));
        signUp(workshop, "A one", a);
        Map<String, Object> a2 = signUp(workshop, "A two", a);
        assertEquals("WAITLISTED", a2.get("status"));
        Fixtures.awaitRow("select 1 from registration where id = '" + a2.get("id") + "' and status = 'CONFIRMED'");
        assertEquals(1L, Fixtures.query("select count(*) as n from outbox_event where message_key = ? and event_type"
                + " = 'convene.registration.promoted.v1'", workshop).get(0).get("n"));
    }

    static Map<String, Object> allocated(int capacity, int perCity, OffsetDateTime releaseAt) {
        Map<String, Object> body = Fixtures.workshopBody(capacity);
        Map<String, Object> allocation = new HashMap<>(Map.of("by", "CITY", "seatsPerGroup", perCity));
        if (releaseAt != null) {
            allocation.put("releaseAt", releaseAt.toString());
        }
        body.put("seatAllocation", allocation);
        return body;
    }

    static Map<String, Object> signUp(String workshop, String name, UUID city) {
        Map<String, Object> body = new HashMap<>(Fixtures.attendee(name));
        body.put("cityId", city.toString());
        return Fixtures.signUp(workshop, body);
    }

    static void cancel(Map<String, Object> registration) {
        given().auth().oauth2(TOKEN).post("/api/v1/registrations/" + registration.get("id") + "/cancel").then()
                .statusCode(200);
    }

    static String status(Map<String, Object> registration) {
        return (String) row(registration).get("status");
    }

    static Object position(Map<String, Object> registration) {
        return row(registration).get("waitlist_position");
    }

    private static Map<String, Object> row(Map<String, Object> registration) {
        return Fixtures.query("select * from registration where id = ?::uuid", registration.get("id")).get(0);
    }

    static List<Integer> positions(String workshop) {
        return Fixtures.query("select waitlist_position from registration where workshop_id = ?::uuid"
                + " and status = 'WAITLISTED' order by waitlist_position", workshop).stream()
                .map(r -> (Integer) r.get("waitlist_position")).collect(Collectors.toList());
    }

    static io.restassured.response.Response patch(String workshop, Map<String, Object> patch) {
        String etag = given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop).then().statusCode(200)
                .extract().header("ETag");
        return given().auth().oauth2(TOKEN).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(patch).patch("/api/v1/workshops/" + workshop);
    }
}
