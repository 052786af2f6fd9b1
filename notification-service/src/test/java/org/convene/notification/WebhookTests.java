package org.convene.notification;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.convene.testkit.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** What the webhook tests share: organisers of their own, the API calls, the Standard Webhooks check. */
final class WebhookTests {

    static final String CONFIRMED = "convene.registration.confirmed.v1";
    static final String WAITLISTED = "convene.registration.waitlisted.v1";

    private WebhookTests() {
    }

    /** An organiser of its own (subject and upn), signed with the testkit's key like TestTokens' organiser. */
    static String organiser(String subject, String email) {
        return Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject(subject).upn(email)
                .groups(Set.of("organiser")).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600))
                .sign(privateKey());
    }

    /** A fresh organiser: a token for a subject and address no other test uses. */
    static String newOrganiser(String name) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return organiser(name + "-" + run, name + "-" + run + "@example.org");
    }

    static String emailOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8);
        return JsonPath.from(payload).getString("upn");
    }

    /** Creates a webhook; returns the whole 201 answer. */
    static JsonPath create(String token, String url, List<String> types) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", types, "description", "test receiver"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    static void delete(String token, String id) {
        given().auth().oauth2(token).delete("/api/v1/webhooks/" + id);
    }

    static List<Map<String, Object>> deliveries(String token, String id) {
        return given().auth().oauth2(token).queryParam("limit", 200).get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Waits until the webhook's delivery of this event has the status; returns it (or the last seen). */
    static Map<String, Object> awaitDelivery(String token, String id, String eventId, String status,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> found = null;
        do {
            for (Map<String, Object> delivery : deliveries(token, id)) {
                if (eventId.equals(delivery.get("eventId"))) {
                    found = delivery;
                }
            }
            if (found != null && status.equals(found.get("status"))) {
                return found;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return found;
    }

    /** The Standard Webhooks check: v1,base64(HMAC-SHA256(base64-decoded secret, id.timestamp.body)). */
    static boolean signedWith(String secret, WebhookReceiver.Request request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())),
                "HmacSHA256"));
        mac.update((request.header("webhook-id") + "." + request.header("webhook-timestamp") + ".")
                .getBytes(StandardCharsets.UTF_8));
        String expected = "v1," + java.util.Base64.getEncoder().encodeToString(mac.doFinal(request.body()));
        for (String signature : request.header("webhook-signature").split(" ")) {
            if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static PrivateKey privateKey() {
        try (InputStream in = WebhookTests.class.getClassLoader()
                .getResourceAsStream("convene-testkit/test-private-key.pem")) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
