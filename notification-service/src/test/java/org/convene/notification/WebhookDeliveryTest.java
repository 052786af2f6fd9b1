package org.convene.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Deliveries against a real HTTP receiver, from real CloudEvents on Kafka. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class WebhookDeliveryTest {

    static final OffsetDateTime STARTS = OffsetDateTime.of(2030, 12, 5, 4, 30, 0, 0, ZoneOffset.UTC);

    private static ObjectNode registration(ObjectNode workshop, String status, String name) {
        return TestEvents.registration(UUID.randomUUID(), workshop, status, "WAITLISTED".equals(status) ? 1 : null,
                name, TestEvents.uniqueEmail(name.toLowerCase().replace(' ', '-')), "token-" + name.hashCode(), null);
    }

    private static ObjectNode workshop(String title) {
        return TestEvents.workshop(UUID.randomUUID(), title, STARTS, 0);
    }

    private static boolean about(WebhookReceiver.Request request, ObjectNode data) {
        return request.text().contains(data.get("registrationId").asText());
    }

    @Test
    void aMatchingEventIsDeliveredOnceSignedAsACloudEvent() throws Exception {
        String token = WebhookTests.newOrganiser("signed");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath created = WebhookTests.create(token, receiver.url("/hooks/convene"),
                    List.of(WebhookTests.CONFIRMED));
            String id = created.getString("id");
            String secret = created.getString("secret");
            try {
                ObjectNode workshop = workshop("Signed deliveries");
                ObjectNode confirmed = registration(workshop, "CONFIRMED", "Asha Roy");
                ObjectNode waitlisted = registration(workshop, "WAITLISTED", "Bina Das");
                String eventId = TestEvents.publishRegistration(WebhookTests.CONFIRMED, confirmed);
                String waitlistedId = TestEvents.publishRegistration(WebhookTests.WAITLISTED, waitlisted);
                // the same event again, as a redelivery would bring it
                TestEvents.publish("registration.registrations.v1", confirmed.get("workshopId").asText(),
                        WebhookTests.CONFIRMED, confirmed.get("registrationId").asText(), TestEvents.bytes(confirmed),
                        eventId);

                List<WebhookReceiver.Request> got = receiver.await(r -> about(r, confirmed), 1, Duration.ofSeconds(30));
                assertEquals(1, got.size(), "delivered");
                WebhookReceiver.Request request = got.get(0);
                assertEquals("/hooks/convene", request.path());
                assertEquals("1.0", request.header("ce-specversion"));
                assertEquals(eventId, request.header("ce-id"));
                assertEquals(WebhookTests.CONFIRMED, request.header("ce-type"));
                assertEquals("/registration-service", request.header("ce-source"));
                assertEquals(confirmed.get("registrationId").asText(), request.header("ce-subject"));
                assertNotNull(OffsetDateTime.parse(request.header("ce-time")), "ce-time is RFC 3339");
                assertTrue(request.header("content-type").startsWith("application/json"));
                JsonNode body = TestEvents.MAPPER.readTree(request.body());
                assertEquals(confirmed, body, "the body is the event data");
                assertEquals(eventId, request.header("webhook-id"));
                long timestamp = Long.parseLong(request.header("webhook-timestamp"));
                assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60, "a current timestamp");
                assertTrue(request.header("webhook-signature").startsWith("v1,"));
                assertTrue(WebhookTests.signedWith(secret, request), "the signature verifies with the secret");
                assertFalse(WebhookTests.signedWith("whsec_" + java.util.Base64.getEncoder()
                        .encodeToString(new byte[32]), request), "and not with another");

                Map<String, Object> delivery = WebhookTests.awaitDelivery(token, id, eventId, "DELIVERED",
                        Duration.ofSeconds(10));
                assertEquals("DELIVERED", delivery.get("status"));
                assertEquals(1, delivery.get("attempts"));
                assertEquals(200, delivery.get("lastResponseCode"));
                assertNotNull(delivery.get("lastDurationMs"));
                assertNotNull(delivery.get("deliveredAt"));
                assertEquals(WebhookTests.CONFIRMED, delivery.get("eventType"));

                // the waitlisting was consumed (its email went out), and the redelivery after it
                assertEquals(1, Mailbox.await(waitlisted.get("email").asText(), 1, Duration.ofSeconds(30)).size());
                Thread.sleep(2_000);
                assertEquals(1, receiver.requests(r -> about(r, confirmed)).size(), "once, despite the redelivery");
                assertEquals(0, receiver.requests(r -> about(r, waitlisted)).size(), "a type not asked for");
                List<Map<String, Object>> log = WebhookTests.deliveries(token, id);
                assertEquals(1, log.size(), "one delivery row: " + log);
                assertFalse(log.stream().anyMatch(d -> waitlistedId.equals(d.get("eventId"))));
            } finally {
                WebhookTests.delete(token, id);
            }
        }
    }

    @Test
    void erasureLeavesNoDataInTheLogAndStopsWhatWasNotSent() throws Exception {
        String token = WebhookTests.newOrganiser("erasure");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.respond(body -> 500); // nothing gets through: the member's event stays PENDING
            String id = WebhookTests.create(token, receiver.url("/hooks/erasure"),
                    List.of("convene.member.created.v1", "convene.member.erased.v1")).getString("id");
            try {
                UUID memberId = UUID.randomUUID();
                String email = TestEvents.uniqueEmail("erased-hook");
                ObjectNode member = (ObjectNode) TestEvents.MAPPER
                        .readTree(org.convene.testkit.Contracts.example("convene.member.created.v1"));
                member.put("id", memberId.toString());
                member.put("email", email);
                String created = TestEvents.publish("directory.members.v1", memberId.toString(),
                        "convene.member.created.v1", memberId.toString(), TestEvents.bytes(member));
                receiver.await(r -> r.text().contains(email), 1, Duration.ofSeconds(30));
                assertEquals("PENDING", WebhookTests.awaitDelivery(token, id, created, "PENDING",
                        Duration.ofSeconds(10)).get("status"), "failing, so retried later");

                ObjectNode erased = TestEvents.MAPPER.createObjectNode().put("id", memberId.toString());
                String erasure = TestEvents.publish("directory.members.v1", memberId.toString(),
                        "convene.member.erased.v1", memberId.toString(), TestEvents.bytes(erased));
                Map<String, Object> stopped = WebhookTests.awaitDelivery(token, id, created, "FAILED",
                        Duration.ofSeconds(20));
                assertEquals("FAILED", stopped.get("status"));
                assertEquals("not sent: its member was erased", stopped.get("lastError"));
                assertNotNull(WebhookTests.awaitDelivery(token, id, erasure, "PENDING", Duration.ofSeconds(20)),
                        "the erasure itself is delivered, so the receiver can erase too");
                assertEquals(0L, count("select count(*) from webhook_delivery where strpos(data, '" + email + "') > 0"),
                        "no delivery keeps the address");
            } finally {
                WebhookTests.delete(token, id);
            }
        }
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    private long count(String sql) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void failuresAreRetriedUntilA2xx() throws Exception {
        String token = WebhookTests.newOrganiser("retried");
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                        : record.getMessage();
                synchronized (logged) {
                    logged.add(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(
                "org.convene.notification.webhook.WebhookSender");
        logger.addHandler(capture);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            AtomicInteger calls = new AtomicInteger();
            receiver.respond(body -> calls.incrementAndGet() <= 2 ? 500 : 200);
            String id = WebhookTests.create(token, receiver.url("/flaky"), List.of("*")).getString("id");
            try {
                ObjectNode confirmed = registration(workshop("Flaky receiver"), "CONFIRMED", "Chitra Sen");
                String eventId = TestEvents.publishRegistration(WebhookTests.CONFIRMED, confirmed);
                Map<String, Object> delivery = WebhookTests.awaitDelivery(token, id, eventId, "DELIVERED",
                        Duration.ofSeconds(30));
                assertEquals("DELIVERED", delivery.get("status"), String.valueOf(delivery));
                assertEquals(3, delivery.get("attempts"));
                assertEquals(200, delivery.get("lastResponseCode"));
                assertTrue(String.valueOf(delivery.get("lastError")).startsWith("HTTP 500"), delivery.toString());
                List<WebhookReceiver.Request> got = receiver.requests(r -> about(r, confirmed));
                assertEquals(List.of(500, 500, 200), got.stream().map(WebhookReceiver.Request::answered).toList());
                assertEquals(1, got.stream().map(r -> r.header("webhook-id")).distinct().count(),
                        "one webhook-id for all attempts");
                String deliveryId = (String) delivery.get("id");
                List<String> lines;
                synchronized (logged) {
                    lines = logged.stream().filter(line -> line.contains(deliveryId)).toList();
                }
                assertTrue(lines.stream().anyMatch(l -> l.contains("attempt 1 failed") && l.contains("HTTP 500")),
                        String.valueOf(lines));
                assertTrue(lines.stream().anyMatch(l -> l.contains("attempt 2 failed") && l.contains("HTTP 500")),
                        String.valueOf(lines));
                assertTrue(lines.stream().anyMatch(l -> l.contains("at attempt 3: HTTP 200")),
                        String.valueOf(lines));
            } finally {
                WebhookTests.delete(token, id);
            }
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void aFailingEventOfAWorkshopHoldsBackItsLaterOnesButNotOtherWorkshops() throws Exception {
        String token = WebhookTests.newOrganiser("ordered");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            ObjectNode w = workshop("Workshop W");
            ObjectNode v = workshop("Workshop V");
            ObjectNode first = registration(w, "CONFIRMED", "First W");
            ObjectNode second = registration(w, "CONFIRMED", "Second W");
            ObjectNode other = registration(v, "CONFIRMED", "Only V");
            AtomicBoolean failing = new AtomicBoolean(true);
            String firstId = first.get("registrationId").asText();
            receiver.respond(body -> failing.get() && body.contains(firstId) ? 503 : 200);
            String id = WebhookTests.create(token, receiver.url("/ordered"), List.of(WebhookTests.CONFIRMED))
                    .getString("id");
            try {
                TestEvents.publishRegistration(WebhookTests.CONFIRMED, first);
                TestEvents.publishRegistration(WebhookTests.CONFIRMED, second);
                TestEvents.publishRegistration(WebhookTests.CONFIRMED, other);

                assertEquals(1, receiver.await(r -> about(r, other), 1, Duration.ofSeconds(30)).size(),
                        "V's event goes while W's first fails");
                assertTrue(receiver.await(r -> about(r, first), 3, Duration.ofSeconds(30)).size() >= 3,
                        "W's first is retried");
                assertEquals(0, receiver.requests(r -> about(r, second)).size(), "W's second waits for the first");

                failing.set(false);
                assertEquals(1, receiver.await(r -> about(r, second), 1, Duration.ofSeconds(30)).size());
                List<WebhookReceiver.Request> all = receiver.requests();
                Instant firstDelivered = all.stream().filter(r -> about(r, first) && r.answered() == 200)
                        .map(WebhookReceiver.Request::at).findFirst().orElseThrow();
                Instant secondArrived = all.stream().filter(r -> about(r, second)).map(WebhookReceiver.Request::at)
                        .findFirst().orElseThrow();
                assertFalse(secondArrived.isBefore(firstDelivered), "in order per workshop");
                Instant otherArrived = all.stream().filter(r -> about(r, other)).map(WebhookReceiver.Request::at)
                        .findFirst().orElseThrow();
                assertTrue(otherArrived.isBefore(firstDelivered), "the other workshop was not held up");
            } finally {
                WebhookTests.delete(token, id);
            }
        }
    }

    @Test
    void aStallingReceiverDoesNotDelayAnotherSubscription() throws Exception {
        String slowToken = WebhookTests.newOrganiser("slow");
        String quickToken = WebhookTests.newOrganiser("quick");
        try (WebhookReceiver slow = WebhookReceiver.start(); WebhookReceiver quick = WebhookReceiver.start()) {
            slow.stall();
            String slowId = WebhookTests.create(slowToken, slow.url("/slow"), List.of(WebhookTests.CONFIRMED))
                    .getString("id");
            String quickId = WebhookTests.create(quickToken, quick.url("/quick"), List.of(WebhookTests.CONFIRMED))
                    .getString("id");
            try {
                List<ObjectNode> events = new ArrayList<>();
                for (int i = 0; i < 6; i++) { // six workshops: more than the slow one's slots
                    ObjectNode data = registration(workshop("Stall " + i), "CONFIRMED", "Stalled " + i);
                    events.add(data);
                    TestEvents.publishRegistration(WebhookTests.CONFIRMED, data);
                }
                long started = System.nanoTime();
                for (ObjectNode data : events) {
                    assertEquals(1, quick.await(r -> about(r, data), 1, Duration.ofSeconds(20)).size());
                }
                long tookMs = (System.nanoTime() - started) / 1_000_000;
                List<WebhookReceiver.Request> held = slow.requests();
                assertTrue(tookMs < 3_000, "the quick subscription got all six in " + tookMs + " ms");
                assertTrue(held.size() >= 1 && held.size() <= 2,
                        "the slow receiver holds at most its 2 slots: " + held.size());
                assertTrue(held.stream().allMatch(r -> r.answered() == -1), "none of them answered yet");
                assertTrue(WebhookTests.deliveries(slowToken, slowId).stream()
                        .allMatch(d -> "PENDING".equals(d.get("status"))), "the slow ones wait");
            } finally {
                slow.release();
                WebhookTests.delete(slowToken, slowId);
                WebhookTests.delete(quickToken, quickId);
            }
        }
    }

    @Test
    void theRetryEndpointNeedsAFailedOrPendingDeliveryOfMine() throws Exception {
        String token = WebhookTests.newOrganiser("retrier");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = WebhookTests.create(token, receiver.url("/once"), List.of(WebhookTests.CONFIRMED))
                    .getString("id");
            try {
                ObjectNode data = registration(workshop("Retry rules"), "CONFIRMED", "Dipa Roy");
                String eventId = TestEvents.publishRegistration(WebhookTests.CONFIRMED, data);
                Map<String, Object> delivered = WebhookTests.awaitDelivery(token, id, eventId, "DELIVERED",
                        Duration.ofSeconds(30));
                given().auth().oauth2(token).post("/api/v1/webhooks/" + id + "/deliveries/" + delivered.get("id")
                        + "/retry").then().statusCode(409).contentType("application/problem+json");
                given().auth().oauth2(token).post("/api/v1/webhooks/" + id + "/deliveries/" + UUID.randomUUID()
                        + "/retry").then().statusCode(404);
                given().auth().oauth2(WebhookTests.newOrganiser("stranger")).post("/api/v1/webhooks/" + id
                        + "/deliveries/" + delivered.get("id") + "/retry").then().statusCode(404);
            } finally {
                WebhookTests.delete(token, id);
            }
        }
    }
}
