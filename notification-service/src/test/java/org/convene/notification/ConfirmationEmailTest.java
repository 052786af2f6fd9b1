package org.convene.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class ConfirmationEmailTest {

    static final String CONFIRMED = "convene.registration.confirmed.v1";
    static final OffsetDateTime STARTS = OffsetDateTime.of(2030, 12, 5, 4, 30, 0, 0, ZoneOffset.UTC); // 10:00 IST

    @Test
    void aConfirmedRegistrationGetsOneEmailWithTheManageLinkAndAnInvitation() throws Exception {
        UUID workshopId = UUID.randomUUID();
        UUID registrationId = UUID.randomUUID();
        String email = TestEvents.uniqueEmail("asha");
        ObjectNode workshop = TestEvents.workshop(workshopId, "Climate-resilient housing, Kolkata", STARTS, 2);
        ObjectNode data = TestEvents.registration(registrationId, workshop, "CONFIRMED", null, "Asha Roy", email,
                "manage-token-abc_123", null);
        String eventId = TestEvents.publishRegistration(CONFIRMED, data);

        List<MimeMessage> received = Mailbox.await(email, 1, Duration.ofSeconds(30));
        assertEquals(1, received.size(), "one confirmation");
        MimeMessage message = received.get(0);
        assertEquals("You are registered: Climate-resilient housing, Kolkata", message.getSubject());
        assertTrue(message.getFrom()[0].toString().contains("no-reply@convene.local"));

        String text = Mailbox.part(message, "text/plain");
        String html = Mailbox.part(message, "text/html");
        String manageLink = "http://127.0.0.1:8080/registrations/" + registrationId
                + "?token=manage-token-abc_123";
        assertNotNull(text, "a plain-text alternative");
        assertNotNull(html, "an HTML alternative");
        assertTrue(text.contains("Dear Asha Roy"), text);
        assertTrue(text.contains(manageLink), text);
        assertTrue(text.contains("Thursday 5 December 2030, 10:00 – 17:00 (Asia/Kolkata)"), text);
        assertTrue(text.contains("http://127.0.0.1:8080/preferences?token="), text);
        assertTrue(html.contains(manageLink), html);
        assertTrue(html.contains("<strong>Climate-resilient housing, Kolkata</strong>"), html);
        assertNull(message.getHeader("List-Unsubscribe"), "a confirmation is essential: no List-Unsubscribe");

        String calendar = Mailbox.part(message, "text/calendar");
        assertNotNull(calendar, "an iCalendar attachment");
        assertTrue(Mailbox.contentTypeOf(message, "text/calendar").toLowerCase().contains("method=request"));
        String unfolded = calendar.replace("\r\n ", "");
        assertTrue(unfolded.contains("METHOD:REQUEST\r\n"), calendar);
        assertTrue(unfolded.contains("UID:" + workshopId + "@convene\r\n"), calendar);
        assertTrue(unfolded.contains("SEQUENCE:2\r\n"), calendar);
        assertTrue(unfolded.contains("DTSTART;TZID=Asia/Kolkata:20301205T100000\r\n"), calendar);
        assertTrue(unfolded.contains("DTEND;TZID=Asia/Kolkata:20301205T170000\r\n"), calendar);
        assertTrue(unfolded.contains("TZID:Asia/Kolkata\r\n"), calendar);
        assertTrue(unfolded.contains("TZOFFSETTO:+0530\r\n"), calendar);
        assertTrue(unfolded.contains("LOCATION:Town Hall\\, 4 Esplanade Row West\\; Room 2\r\n"), calendar);
        assertTrue(unfolded.contains("ATTENDEE;CN=\"Asha Roy\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
                + email + "\r\n"), calendar);
        for (String line : calendar.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }

        String messageId = given().auth().oauth2(TestTokens.organiser())
                .queryParam("recipient", email.toUpperCase())
                .get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].type", equalTo("CONFIRMATION"))
                .body("items[0].eventId", equalTo(eventId))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].workshopId", equalTo(workshopId.toString()))
                .body("items[0].registrationId", equalTo(registrationId.toString()))
                .extract().path("items[0].messageId");
        assertEquals(1, message.getHeader("Message-ID").length, "one Message-ID header");
        assertEquals(messageId, message.getHeader("Message-ID")[0], "the stable Message-ID of the ledger row");
    }

    @Test
    void theSameEventDeliveredTwiceGivesOneEmail() throws Exception {
        String email = TestEvents.uniqueEmail("bina");
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Heat action plans", STARTS, 0);
        ObjectNode data = TestEvents.registration(UUID.randomUUID(), workshop, "CONFIRMED", null, "Bina Das", email,
                "token-bina", null);
        String eventId = TestEvents.publishRegistration(CONFIRMED, data);
        TestEvents.publish("registration.registrations.v1", data.get("workshopId").asText(), CONFIRMED,
                data.get("registrationId").asText(), TestEvents.bytes(data), eventId);

        assertEquals(1, Mailbox.await(email, 1, Duration.ofSeconds(30)).size());
        assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(3)).size(), "the redelivery sent nothing");
        given().auth().oauth2(TestTokens.organiser()).queryParam("recipient", email).get("/api/v1/notifications")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void anSmtpOutageDelaysButLosesNothing() throws Exception {
        List<String> emails = new ArrayList<>();
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Urban flood drills", STARTS, 0);
        SharedInfrastructure.mail().greenMail().stop();
        try {
            for (int i = 0; i < 5; i++) {
                String email = TestEvents.uniqueEmail("outage" + i);
                emails.add(email);
                TestEvents.publishRegistration(CONFIRMED, TestEvents.registration(UUID.randomUUID(), workshop,
                        "CONFIRMED", null, "Attendee " + i, email, "token-" + i, null));
            }
            // Every email was tried and failed while the server was away: PENDING with an error and a next attempt.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int failedOnce = 0;
            while (failedOnce < emails.size() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                failedOnce = 0;
                for (String email : emails) {
                    List<Integer> attempts = given().auth().oauth2(TestTokens.organiser())
                            .queryParam("recipient", email).queryParam("status", "PENDING")
                            .get("/api/v1/notifications").then().statusCode(200).extract().path("items.attempts");
                    if (attempts.size() == 1 && attempts.get(0) >= 1) {
                        failedOnce++;
                    }
                }
            }
            assertEquals(emails.size(), failedOnce, "every email was attempted and is waiting for a retry");
        } finally {
            SharedInfrastructure.mail().greenMail().start();
        }
        for (String email : emails) {
            assertEquals(1, Mailbox.await(email, 1, Duration.ofSeconds(45)).size(), email);
        }
        for (String email : emails) {
            assertEquals(1, Mailbox.to(email).size(), "exactly once: " + email);
            given().auth().oauth2(TestTokens.organiser()).queryParam("recipient", email)
                    .get("/api/v1/notifications").then().statusCode(200)
                    .body("items[0].status", equalTo("SENT"))
                    // the failure while the server was away stays visible (refused, or timed out on a busy machine)
                    .body("items[0].lastError", notNullValue())
                    .body("items[0].failures[0].attempt", equalTo(1))
                    .body("items[0].failures[0].error", notNullValue());
        }
    }

    @Test
    void aBurstOfConfirmationsArrivesExactlyOnceEach() throws Exception {
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Burst", STARTS, 0);
        String workshopId = workshop.get("id").asText();
        int count = 200;
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = TestEvents.uniqueEmail("burst" + i);
            emails.add(email);
            TestEvents.publishRegistration(CONFIRMED, TestEvents.registration(UUID.randomUUID(), workshop,
                    "CONFIRMED", null, "Burst " + i, email, "t" + i, null));
        }
        for (String email : emails) {
            assertEquals(1, Mailbox.await(email, 1, Duration.ofSeconds(60)).size(), email);
        }
        List<Long> delays = new ArrayList<>();
        String cursor = null;
        do {
            io.restassured.response.Response page = given().auth().oauth2(TestTokens.organiser())
                    .queryParam("workshopId", workshopId).queryParam("limit", 200)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/notifications");
            List<String> created = page.path("items.createdAt");
            List<String> sent = page.path("items.sentAt");
            for (int i = 0; i < created.size(); i++) {
                delays.add(Duration.between(java.time.Instant.parse(created.get(i)),
                        java.time.Instant.parse(sent.get(i))).toMillis());
            }
            cursor = page.path("next");
        } while (cursor != null);
        assertEquals(count, delays.size());
        java.util.Collections.sort(delays);
        System.out.printf("LEDGER-TO-SMTP over %d confirmations: median %d ms, p99 %d ms, max %d ms%n", count,
                delays.get(count / 2), delays.get(count * 99 / 100), delays.get(count - 1));
    }
}
