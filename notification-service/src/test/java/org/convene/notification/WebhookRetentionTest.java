package org.convene.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.convene.notification.webhook.WebhookRetention;
import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Settled deliveries older than the retention are deleted, recent ones and pending ones of any age stay. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class WebhookRetentionTest {

    static final OffsetDateTime STARTS = OffsetDateTime.of(2030, 12, 6, 4, 30, 0, 0, ZoneOffset.UTC);

    @Inject
    WebhookRetention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void settledDeliveriesOlderThanTheRetentionGoTheOthersStay() throws Exception {
        String token = WebhookTests.newOrganiser("retention");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.respond(body -> body.contains("Still pending") ? 503 : 204);
            String id = WebhookTests.create(token, receiver.url("/hook"), List.of(WebhookTests.CONFIRMED))
                    .getString("id");
            try {
                String old = TestEvents.publishRegistration(WebhookTests.CONFIRMED, confirmed("Delivered long ago"));
                String recent = TestEvents.publishRegistration(WebhookTests.CONFIRMED, confirmed("Delivered today"));
                String pending = TestEvents.publishRegistration(WebhookTests.CONFIRMED, confirmed("Still pending"));
                assertEquals("DELIVERED", status(WebhookTests.awaitDelivery(token, id, old, "DELIVERED",
                        Duration.ofSeconds(30))));
                assertEquals("DELIVERED", status(WebhookTests.awaitDelivery(token, id, recent, "DELIVERED",
                        Duration.ofSeconds(30))));
                Map<String, Object> waiting = awaitRefused(token, id, pending, Duration.ofSeconds(30));
                assertEquals("PENDING", status(waiting), "tried, refused, to be tried again: " + waiting);

                age(old, Duration.ofDays(31));
                age(pending, Duration.ofDays(31));
                retention.purgeSettledBefore(Instant.now().minus(Duration.ofDays(30)));

                List<Object> left = WebhookTests.deliveries(token, id).stream().map(d -> d.get("eventId")).toList();
                assertEquals(List.of(pending, recent).stream().sorted().toList(),
                        left.stream().map(String::valueOf).sorted().toList(), "what stays: " + left);
            } finally {
                WebhookTests.delete(token, id);
            }
        }
    }

    /** The delivery of this event once it has been tried at least once (or the last seen). */
    private static Map<String, Object> awaitRefused(String token, String id, String eventId, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> found;
        do {
            found = WebhookTests.awaitDelivery(token, id, eventId, "PENDING", Duration.ofSeconds(5));
            if (found != null && (Integer) found.get("attempts") >= 1) {
                return found;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return found;
    }

    private void age(String eventId, Duration by) {
        int moved = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "update webhook_delivery set created_at = created_at - make_interval(days => ?1) where event_id = ?2")
                .setParameter(1, (int) by.toDays()).setParameter(2, eventId).executeUpdate());
        assertEquals(1, moved, eventId);
    }

    private static String status(Map<String, Object> delivery) {
        return delivery == null ? null : String.valueOf(delivery.get("status"));
    }

    private static ObjectNode confirmed(String title) {
        return TestEvents.registration(UUID.randomUUID(), TestEvents.workshop(UUID.randomUUID(), title, STARTS, 0),
                "CONFIRMED", null, "Farah Khan", TestEvents.uniqueEmail("farah"), "t-farah", null);
    }
}
