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

import org.convene.registration.rest.SignUpAdmission;
import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Beyond {@code convene.sign-up.max-in-flight} sign-ups in progress, one more is answered 503 with Retry-After at once,
 * and writes nothing; those admitted are decided as usual.
 */
@QuarkusTest
@TestProfile(SignUpSheddingTest.FiveInFlight.class)
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class SignUpSheddingTest {

    public static class FiveInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("convene.sign-up.max-in-flight", "5");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void signUpsBeyondTheLimitAreShedWith503AndWriteNothing() throws Exception {
        String workshop = Fixtures.openWorkshop(100);
        URI uri = URI.create(base + "api/v1/workshops/" + workshop + "/registrations");
        List<Callable<Concurrency.Reply>> tasks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String body = "{\"fullName\": \"Rush " + i + "\", \"email\": \"shed" + i + "."
                    + UUID.randomUUID().toString().substring(0, 8) + "@example.org\"}";
            tasks.add(() -> Concurrency.post(uri, body));
        }
        SignUpAdmission admission = Arc.container().instance(SignUpAdmission.class).get();
        CompletableFuture<List<Concurrency.Reply>> pending;
        List<Concurrency.Reply> shedWhileLocked;
        try (WorkshopLock lock = WorkshopLock.hold(workshop)) {
            List<Concurrency.Reply> early = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Callable<Concurrency.Reply>> recorded = tasks.stream().<Callable<Concurrency.Reply>>map(t -> () -> {
                Concurrency.Reply reply = t.call();
                early.add(reply);
                return reply;
            }).toList();
            pending = CompletableFuture.supplyAsync(() -> {
                try {
                    return Concurrency.all(recorded);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            WorkshopLock.awaitCount(() -> early.size(), 25);
            // the 25 refusals came back while the 5 admitted sign-ups were still waiting for the workshop
            assertEquals(5, admission.inFlight());
            shedWhileLocked = List.copyOf(early);
        }
        List<Concurrency.Reply> replies = pending.get();

        assertEquals(25, shedWhileLocked.size());
        for (Concurrency.Reply shed : shedWhileLocked) {
            assertEquals(503, shed.status(), shed.body());
            assertEquals("1", shed.header("Retry-After"));
            assertEquals("application/problem+json", shed.header("Content-Type"));
            assertTrue(shed.body().contains("\"type\":\"https://convene.example/problems/overloaded\""), shed.body());
        }
        assertEquals(5, replies.stream().filter(r -> r.status() == 201).count());
        assertEquals(25, replies.stream().filter(r -> r.status() == 503).count());
        assertEquals(5L, Fixtures.query("select count(*) as n from registration where workshop_id = ?::uuid",
                workshop).get(0).get("n"));
        assertEquals(5, Fixtures.workshopRow(workshop).get("confirmed_count"));
        for (int i = 0; i < 100 && admission.inFlight() > 0; i++) {
            Fixtures.sleep(20); // the count drops when each response has been written
        }
        assertEquals(0, admission.inFlight());
    }
}
