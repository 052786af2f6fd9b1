package org.convene.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A give-up window of 3 s: deliveries FAILED, the subscription DISABLED, its organiser emailed once; redelivery. */
@QuarkusTest
@TestProfile(WebhookGiveUpTest.ShortGiveUp.class)
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class WebhookGiveUpTest {

    public static class ShortGiveUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("convene.webhooks.give-up-after", "PT3S");
        }
    }

    static final OffsetDateTime STARTS = OffsetDateTime.of(2030, 12, 5, 4, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void afterTheWindowTheDeliveryFailsTheWebhookIsDisabledAndItsOrganiserEmailedOnce() throws Exception {
        String token = WebhookTests.newOrganiser("giveup");
        String email = WebhookTests.emailOf(token);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            AtomicInteger answer = new AtomicInteger(500);
            receiver.respond(body -> answer.get());
            String url = receiver.url("/down");
            String id = WebhookTests.create(token, url, List.of(WebhookTests.CONFIRMED)).getString("id");
            try {
                ObjectNode first = confirmed("Given up");
                ObjectNode second = confirmed("Given up too");
                String firstId = TestEvents.publishRegistration(WebhookTests.CONFIRMED, first);
                String secondId = TestEvents.publishRegistration(WebhookTests.CONFIRMED, second);

                Map<String, Object> failed = WebhookTests.awaitDelivery(token, id, firstId, "FAILED",
                        Duration.ofSeconds(30));
                assertEquals("FAILED", failed.get("status"), String.valueOf(failed));
                assertTrue((Integer) failed.get("attempts") >= 2, "retried before giving up: " + failed);
                assertEquals(500, failed.get("lastResponseCode"));
                assertTrue(String.valueOf(failed.get("lastError")).startsWith("HTTP 500"));
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                String status;
                do {
                    status = given().auth().oauth2(token).get("/api/v1/webhooks/" + id).then().statusCode(200)
                            .extract().path("status");
                    Thread.sleep(100);
                } while (!"DISABLED".equals(status) && System.nanoTime() < deadline);
                assertEquals("DISABLED", status);

                List<MimeMessage> mail = Mailbox.await(email, 1, Duration.ofSeconds(30));
                assertEquals(1, mail.size(), "the organiser is told");
                assertEquals("Webhook disabled: " + url, mail.get(0).getSubject());
                String text = Mailbox.part(mail.get(0), "text/plain");
                assertTrue(text.contains(url) && text.contains("3 seconds"), text);
                assertTrue(text.contains("/api/v1/webhooks/" + id), text);
                given().auth().oauth2(TestTokens.organiser()).queryParam("recipient", email)
                        .get("/api/v1/notifications").then().statusCode(200)
                        .body("items.size()", equalTo(1)).body("items[0].type", equalTo("WEBHOOK_DISABLED"));

                // while DISABLED: nothing recorded, nothing sent, no redelivery
                ObjectNode meanwhile = confirmed("While disabled");
                String meanwhileId = TestEvents.publishRegistration(WebhookTests.CONFIRMED, meanwhile);
                // consumed (its confirmation email went out) before the webhook is enabled again
                assertEquals(1, Mailbox.await(meanwhile.get("email").asText(), 1, Duration.ofSeconds(30)).size());
                given().auth().oauth2(token).post("/api/v1/webhooks/" + id + "/deliveries/" + failed.get("id")
                        + "/retry").then().statusCode(409);

                // the receiver recovers; re-enabled, the failed delivery retried: DELIVERED
                answer.set(204);
                given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"status\": \"ACTIVE\"}")
                        .patch("/api/v1/webhooks/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
                given().auth().oauth2(token).post("/api/v1/webhooks/" + id + "/deliveries/" + failed.get("id")
                        + "/retry").then().statusCode(202).body("status", equalTo("PENDING"))
                        .body("id", equalTo(failed.get("id")));
                Map<String, Object> delivered = WebhookTests.awaitDelivery(token, id, firstId, "DELIVERED",
                        Duration.ofSeconds(30));
                assertEquals("DELIVERED", delivered.get("status"), String.valueOf(delivered));
                assertEquals((Integer) failed.get("attempts") + 1, delivered.get("attempts"));
                assertEquals(204, delivered.get("lastResponseCode"));
                // the second one was PENDING or FAILED when the webhook was disabled; PENDING ones go on re-enabling
                Map<String, Object> other = WebhookTests.awaitDelivery(token, id, secondId, "DELIVERED",
                        Duration.ofSeconds(5));
                assertTrue(List.of("DELIVERED", "FAILED").contains(other.get("status")), String.valueOf(other));
                Thread.sleep(1_000);
                assertTrue(WebhookTests.deliveries(token, id).stream()
                        .noneMatch(d -> meanwhileId.equals(d.get("eventId"))), "nothing recorded while disabled");
                assertTrue(receiver.requests(r -> r.text().contains(meanwhile.get("registrationId").asText()))
                        .isEmpty());
                assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(2)).size(), "exactly one email");
            } finally {
                WebhookTests.delete(token, id);
            }
        }
    }

    private static ObjectNode confirmed(String title) {
        return TestEvents.registration(UUID.randomUUID(), TestEvents.workshop(UUID.randomUUID(), title, STARTS, 0),
                "CONFIRMED", null, "Farah Khan", TestEvents.uniqueEmail("farah"), "t-farah", null);
    }
}
