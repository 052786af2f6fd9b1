package org.convene.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.convene.testkit.ConveneTestResources;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A sign-up rush: 200 attendees, 30 seats, one second. Checked against the answers and the database. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class SignUpRushTest {

    private static final Logger LOG = Logger.getLogger(SignUpRushTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void twoHundredConcurrentSignUpsForThirtySeats() throws Exception {
        String workshop = Fixtures.openWorkshop(30);
        URI signUp = URI.create(base + "api/v1/workshops/" + workshop + "/registrations");
        List<Callable<Concurrency.Reply>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = "{\"fullName\": \"Attendee " + i + "\", \"email\": \"rush" + i + "."
                    + UUID.randomUUID().toString().substring(0, 6) + "@example.org\"}";
            tasks.add(() -> Concurrency.post(signUp, body));
        }
        long started = System.nanoTime();
        List<Concurrency.Reply> replies = Concurrency.all(tasks);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("MEASURE 200 concurrent sign-ups for 30 seats took %d ms", millis);

        List<JsonNode> answers = new ArrayList<>();
        for (Concurrency.Reply reply : replies) {
            assertEquals(201, reply.status(), reply.body());
            answers.add(JSON.readTree(reply.body()));
        }
        Map<String, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(a -> a.get("status").asText(), Collectors.counting()));
        assertEquals(30L, byStatus.get("CONFIRMED"));
        assertEquals(170L, byStatus.get("WAITLISTED"));
        List<Integer> positions = answers.stream().filter(a -> a.get("status").asText().equals("WAITLISTED"))
                .map(a -> a.get("waitlistPosition").asInt()).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, 170).boxed().toList(), positions);

        // The database agrees: counters, rows, positions.
        Map<String, Object> row = Fixtures.workshopRow(workshop);
        assertEquals(30, row.get("confirmed_count"));
        assertEquals(170, row.get("waitlist_count"));
        assertEquals(30L, count(workshop, "CONFIRMED"));
        assertEquals(170L, count(workshop, "WAITLISTED"));
        List<Integer> stored = Fixtures.query("select waitlist_position from registration where workshop_id = ?::uuid"
                + " and status = 'WAITLISTED' order by waitlist_position", workshop).stream()
                .map(r -> (Integer) r.get("waitlist_position")).toList();
        assertEquals(IntStream.rangeClosed(1, 170).boxed().toList(), stored);
        // First come, first served: every confirmed seat was taken before any waitlist place.
        Object lastConfirmed = Fixtures.query("select max(registered_at) as t from registration where workshop_id ="
                + " ?::uuid and status = 'CONFIRMED'", workshop).get(0).get("t");
        Object firstWaitlisted = Fixtures.query("select min(registered_at) as t from registration where workshop_id ="
                + " ?::uuid and status = 'WAITLISTED'", workshop).get(0).get("t");
        assertEquals(true, ((java.sql.Timestamp) lastConfirmed).compareTo((java.sql.Timestamp) firstWaitlisted) <= 0);
        List<Integer> positionsByTime = Fixtures.query("select waitlist_position from registration where workshop_id"
                + " = ?::uuid and status = 'WAITLISTED' order by registered_at, waitlist_position", workshop).stream()
                .map(r -> (Integer) r.get("waitlist_position")).toList();
        assertEquals(stored, positionsByTime, "waitlist order is sign-up order");
    }

    static long count(String workshop, String status) {
        return (Long) Fixtures.query("select count(*) as n from registration where workshop_id = ?::uuid"
                + " and status = ?", workshop, status).get(0).get("n");
    }
}
