package org.convene.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.convene.registration.rest.SignUpAdmission;
import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Concurrent sign-ups for one workshop are decided in groups, one transaction per group (rows inserted by one
 * transaction share their xmin), and each sign-up of a group gets the answer it would have had alone.
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class GroupedSignUpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void signUpsQueuedBehindTheWorkshopAreDecidedInOneTransaction() throws Exception {
        String workshop = Fixtures.openWorkshop(10);
        List<Callable<Concurrency.Reply>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(post(workshop, body("Grouped " + i, unique("grouped" + i))));
        }
        List<Concurrency.Reply> replies = whileLocked(workshop, tasks);

        replies.forEach(r -> assertEquals(201, r.status(), r.body()));
        assertEquals(10L, Fixtures.query("select count(*) as n from registration where workshop_id = ?::uuid and"
                + " status = 'CONFIRMED'", workshop).get(0).get("n"));
        List<Integer> positions = Fixtures.query("select waitlist_position from registration where workshop_id ="
                + " ?::uuid and status = 'WAITLISTED' order by waitlist_position", workshop).stream()
                .map(r -> (Integer) r.get("waitlist_position")).toList();
        assertEquals(IntStream.rangeClosed(1, 30).boxed().toList(), positions);
        Map<String, Object> row = Fixtures.workshopRow(workshop);
        assertEquals(10, row.get("confirmed_count"));
        assertEquals(30, row.get("waitlist_count"));
        // The first sign-up waits for the lock alone; the 39 queued behind it are decided together.
        long transactions = transactions(workshop);
        assertTrue(transactions <= 3, "40 sign-ups were decided in " + transactions + " transactions");
        // Every decision has its event, written by the same transaction.
        assertEquals(40L, Fixtures.query("select count(*) as n from outbox_event where message_key = ? and"
                + " event_type in ('convene.registration.confirmed.v1', 'convene.registration.waitlisted.v1')",
                workshop).get(0).get("n"));
    }

    @Test
    void eachSignUpOfAGroupGetsTheAnswerItWouldHaveHadAlone() throws Exception {
        String workshop = Fixtures.openWorkshop(50);
        String shared = unique("shared");
        String sameKey = UUID.randomUUID().toString();
        String reusedKey = UUID.randomUUID().toString();
        String retried = body("Retried Attendee", unique("retried"));
        List<Callable<Concurrency.Reply>> tasks = List.of(
                post(workshop, body("Same Person", shared)),
                post(workshop, body("Same Person", shared.toUpperCase(java.util.Locale.ROOT))),
                post(workshop, retried, "Idempotency-Key", sameKey),
                post(workshop, retried, "Idempotency-Key", sameKey),
                post(workshop, body("First Body", unique("first")), "Idempotency-Key", reusedKey),
                post(workshop, body("Other Body", unique("other")), "Idempotency-Key", reusedKey),
                post(workshop, body("Plain Attendee", unique("plain"))));
        List<Concurrency.Reply> replies = whileLocked(workshop, tasks);

        // the same email twice (case differs): one seat, one 409
        assertEquals(List.of(201, 409), statuses(replies.subList(0, 2)));
        // the same key and body twice: one registration, the second answer is the first one replayed
        assertEquals(List.of(201, 201), statuses(replies.subList(2, 4)));
        JsonNode first = JSON.readTree(replies.get(2).body());
        JsonNode second = JSON.readTree(replies.get(3).body());
        assertEquals(first.get("id"), second.get("id"));
        assertEquals(first.get("manageToken"), second.get("manageToken"));
        assertEquals(1, replies.subList(2, 4).stream().filter(r -> "true".equals(r.header("Idempotent-Replayed")))
                .count());
        // one key with two bodies: one registration, one 422
        assertEquals(List.of(201, 422), statuses(replies.subList(4, 6)));
        assertEquals(201, replies.get(6).status());

        assertEquals(4L, Fixtures.query("select count(*) as n from registration where workshop_id = ?::uuid",
                workshop).get(0).get("n"));
        assertEquals(4, Fixtures.workshopRow(workshop).get("confirmed_count"));
        assertTrue(transactions(workshop) <= 2, "the test meant to decide these in a group");
    }

    @Test
    void aWorkshopThatStopsTakingSignUpsRefusesTheWholeQueueButStillReplaysKeys() throws Exception {
        String workshop = Fixtures.openWorkshop(5);
        String key = UUID.randomUUID().toString();
        String body = body("Early Bird", unique("early"));
        Concurrency.Reply early = Concurrency.post(signUpUri(workshop), body, "Idempotency-Key", key);
        assertEquals(201, early.status(), early.body());
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + Fixtures.TOKEN)
                .post("/api/v1/workshops/" + workshop + "/cancel").then().statusCode(200);

        List<Concurrency.Reply> replies = whileLocked(workshop, List.of(
                post(workshop, body, "Idempotency-Key", key),
                post(workshop, body("Late Comer", unique("late")))));
        assertEquals(201, replies.get(0).status(), "a retry still gets its original answer");
        assertEquals(JSON.readTree(early.body()).get("id"), JSON.readTree(replies.get(0).body()).get("id"));
        assertEquals(422, replies.get(1).status());
        assertTrue(replies.get(1).body().contains("workshop-cancelled"), replies.get(1).body());
    }

    /** Sends the tasks while the test holds the workshop's lock; releases it once all of them are in progress. */
    private static List<Concurrency.Reply> whileLocked(String workshop, List<Callable<Concurrency.Reply>> tasks)
            throws Exception {
        SignUpAdmission admission = Arc.container().instance(SignUpAdmission.class).get();
        int before = admission.inFlight();
        CompletableFuture<List<Concurrency.Reply>> replies;
        try (WorkshopLock lock = WorkshopLock.hold(workshop)) {
            replies = CompletableFuture.supplyAsync(() -> {
                try {
                    return Concurrency.all(tasks);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            WorkshopLock.awaitCount(() -> admission.inFlight() - before, tasks.size());
        }
        return replies.get();
    }

    /** How many transactions inserted the workshop's registrations. */
    private static long transactions(String workshop) {
        return (Long) Fixtures.query("select count(distinct xmin::text) as n from registration where workshop_id ="
                + " ?::uuid", workshop).get(0).get("n");
    }

    private static List<Integer> statuses(List<Concurrency.Reply> replies) {
        return replies.stream().map(Concurrency.Reply::status).sorted().collect(Collectors.toList());
    }

    private Callable<Concurrency.Reply> post(String workshop, String body, String... headers) {
        URI uri = signUpUri(workshop);
        return () -> Concurrency.post(uri, body, headers);
    }

    private URI signUpUri(String workshop) {
        return URI.create(base + "api/v1/workshops/" + workshop + "/registrations");
    }

    private static String body(String name, String email) {
        return "{\"fullName\": \"" + name + "\", \"email\": \"" + email + "\"}";
    }

    private static String unique(String local) {
        return local + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
