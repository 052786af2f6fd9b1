package org.convene.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.convene.notification.webhook.Signatures;
import org.convene.platform.security.SealedSecrets;
import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With allow-private-targets=false (production's default): private targets refused on write and at send time. */
@QuarkusTest
@TestProfile(WebhookPrivateTargetTest.PublicTargetsOnly.class)
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class WebhookPrivateTargetTest {

    public static class PublicTargetsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("convene.webhooks.allow-private-targets", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SealedSecrets sealedSecrets;

    @Test
    void privateLoopbackAndLinkLocalTargetsAreRefused() {
        String owner = WebhookTests.newOrganiser("ssrf");
        for (String url : new String[] {"http://127.0.0.1:8083/api/v1/webhooks", "http://localhost/",
                "http://10.1.2.3/hook", "http://172.16.0.1/hook", "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/hook", "http://[fd00::1]/hook",
                "http://[fe80::1]/hook", "http://0.0.0.0/hook", "http://224.0.0.1/hook",
                "http://[::ffff:127.0.0.1]/hook", "https://100.64.0.1/hook"}) {
            given().auth().oauth2(owner).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("*"))).post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url")).body("detail", containsString("url"));
        }
        given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("url", "http://no-such-host.invalid/hook", "eventTypes", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("url"));
    }

    /**
     * A subscription that points at a private address by the time it is sent (written when that was allowed, or a
     * name that now resolves there): the attempt is refused, FAILED at once, nothing sent.
     */
    @Test
    void aTargetThatIsPrivateAtSendTimeFailsWithoutRetry() throws Exception {
        String token = WebhookTests.newOrganiser("rebinding");
        String owner = subjectOf(token);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            UUID id = UUID.randomUUID();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement("""
                            insert into webhook_subscription (id, owner, owner_email, url, event_types, status,
                                secret_sealed, created_at, updated_at, enabled_at)
                            values (?, ?, ?, ?, '{*}', 'ACTIVE', ?, now(), now(), now())""")) {
                insert.setObject(1, id);
                insert.setString(2, owner);
                insert.setString(3, WebhookTests.emailOf(token));
                insert.setString(4, receiver.url("/private"));
                insert.setString(5, sealedSecrets.seal(Signatures.newSecret()));
                insert.executeUpdate();
            }
            try {
                ObjectNode data = TestEvents.registration(UUID.randomUUID(), TestEvents.workshop(UUID.randomUUID(),
                        "Private target", OffsetDateTime.of(2030, 12, 5, 4, 30, 0, 0, ZoneOffset.UTC), 0),
                        "CONFIRMED", null, "Esha Paul", TestEvents.uniqueEmail("esha"), "t-esha", null);
                String eventId = TestEvents.publishRegistration(WebhookTests.CONFIRMED, data);
                Map<String, Object> delivery = WebhookTests.awaitDelivery(token, id.toString(), eventId, "FAILED",
                        Duration.ofSeconds(30));
                assertEquals("FAILED", delivery.get("status"), String.valueOf(delivery));
                assertEquals(1, delivery.get("attempts"), "no retry");
                assertNull(delivery.get("lastResponseCode"));
                assertNull(delivery.get("nextAttemptAt"));
                assertTrue(String.valueOf(delivery.get("lastError")).contains("127.0.0.1"), delivery.toString());
                Thread.sleep(1_000);
                assertEquals(0, receiver.requests().size(), "nothing was sent");
            } finally {
                WebhookTests.delete(token, id.toString());
            }
        }
    }

    private static String subjectOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }
}
