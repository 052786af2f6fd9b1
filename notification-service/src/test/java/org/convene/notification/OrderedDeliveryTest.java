package org.convene.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A registration's emails go out in the order of their events, with the workshop as it is when sent, and an email a
 * later one made moot is not sent late: tried against an SMTP server whose first attempt for the attendee stalls
 * (the sender's send-timeout is 5 s in tests).
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class OrderedDeliveryTest {

    static final String REGISTRATION = "convene.registration.";
    static final OffsetDateTime STARTS = OffsetDateTime.of(2027, 3, 2, 4, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void aConfirmationWhoseFirstAttemptStalledGoesOutBeforeTheUpdateAndShowsTheNewVenue() throws Exception {
        String email = TestEvents.uniqueEmail("gita");
        UUID registrationId = UUID.randomUUID();
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Heat action plans", STARTS, 0);
        TestEvents.publishWorkshop("convene.workshop.published.v1", workshop);
        SharedInfrastructure.smtpProxy().stallNextAttemptTo(email);
        TestEvents.publishRegistration(REGISTRATION + "confirmed.v1", TestEvents.registration(registrationId,
                workshop, "CONFIRMED", null, "Gita Pal", email, "tok-gita", null));
        awaitStalled(email);

        ObjectNode moved = workshop.deepCopy();
        moved.put("venue", "Science City, Hall B");
        moved.put("sequence", 1);
        TestEvents.publishWorkshop("convene.workshop.updated.v1", moved);

        List<MimeMessage> received = Mailbox.await(email, 2, Duration.ofSeconds(60));
        assertEquals(2, received.size(), "the confirmation (retried) and the update");
        assertEquals("You are registered: Heat action plans", received.get(0).getSubject(), "confirmation first");
        assertEquals("Workshop updated: Heat action plans", received.get(1).getSubject(), "then the update");
        String confirmation = Mailbox.part(received.get(0), "text/plain");
        assertTrue(confirmation.contains("Science City, Hall B"), "the venue at send time: " + confirmation);
        assertTrue(Mailbox.part(received.get(0), "text/calendar").contains("SEQUENCE:1"), "the invitation is current");
        assertEquals(2, Mailbox.settle(email, Duration.ofSeconds(1)).size(), "nothing else, nothing twice");

        Map<String, Object> row = ledgerRow(email, "CONFIRMATION");
        assertEquals("SENT", row.get("status"));
        int attempts = (Integer) row.get("attempts");
        assertTrue(attempts >= 2, "the stalled attempt, then the one that went through: " + attempts);
        assertNotNull(row.get("lastError"), "the failure stays visible after the success");
        List<?> failures = (List<?>) row.get("failures");
        assertEquals(attempts - 1, failures.size(), "every failed attempt recorded: " + failures);
        assertEquals(1, ((Map<?, ?>) failures.get(0)).get("attempt"));
    }

    @Test
    void aConfirmationStalledUntilAfterTheCancellationIsNeverSent() throws Exception {
        String email = TestEvents.uniqueEmail("hari");
        UUID registrationId = UUID.randomUUID();
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Urban flooding", STARTS, 0);
        SharedInfrastructure.smtpProxy().stallNextAttemptTo(email);
        TestEvents.publishRegistration(REGISTRATION + "confirmed.v1", TestEvents.registration(registrationId,
                workshop, "CONFIRMED", null, "Hari Das", email, "tok-hari", null));
        awaitStalled(email);
        TestEvents.publishRegistration(REGISTRATION + "cancelled.v1", TestEvents.registration(registrationId,
                workshop, "CANCELLED", null, "Hari Das", email, null, "ATTENDEE"));

        List<MimeMessage> received = Mailbox.await(email, 1, Duration.ofSeconds(60));
        assertEquals(1, received.size());
        assertEquals("Your registration is cancelled: Urban flooding", received.get(0).getSubject());
        assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(8)).size(),
                "the moot confirmation is not sent after the cancellation");

        Map<String, Object> confirmation = ledgerRow(email, "CONFIRMATION");
        assertEquals("SUPPRESSED", confirmation.get("status"));
        assertEquals("SUPERSEDED", confirmation.get("suppressedReason"));
        assertTrue(!((List<?>) confirmation.get("failures")).isEmpty(), "its failed attempt is kept");
        assertEquals("SENT", ledgerRow(email, "CANCELLED").get("status"));
    }

    @Test
    void aWaitlistEmailStillUnsentWhenTheSeatArrivesIsSupersededAtOnce() throws Exception {
        String email = TestEvents.uniqueEmail("indu");
        UUID registrationId = UUID.randomUUID();
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Clean air", STARTS, 0);
        SharedInfrastructure.smtpProxy().stallNextAttemptTo(email);
        // the waitlist email stalls; the promotion is queued while it is in flight, so it cannot be suppressed at
        // once: the failed attempt finds it moot
        TestEvents.publishRegistration(REGISTRATION + "waitlisted.v1", TestEvents.registration(registrationId,
                workshop, "WAITLISTED", 1, "Indu Sen", email, "tok-indu", null));
        awaitStalled(email);
        TestEvents.publishRegistration(REGISTRATION + "promoted.v1", TestEvents.registration(registrationId,
                workshop, "CONFIRMED", null, "Indu Sen", email, "tok-indu", null));
        List<MimeMessage> received = Mailbox.await(email, 1, Duration.ofSeconds(60));
        assertEquals("A seat opened up, you are in: Clean air", received.get(received.size() - 1).getSubject(),
                "the seat is the last word");
        assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(8)).size(), "the moot waitlist email never follows");
        assertEquals("SUPERSEDED", ledgerRow(email, "WAITLISTED").get("suppressedReason"));
    }

    private static void awaitStalled(String email) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!SharedInfrastructure.smtpProxy().stalled(email) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(SharedInfrastructure.smtpProxy().stalled(email), "the first attempt reached the stalling server");
    }

    private static Map<String, Object> ledgerRow(String email, String type) {
        return given().auth().oauth2(TestTokens.organiser()).queryParam("recipient", email).queryParam("type", type)
                .get("/api/v1/notifications").then().statusCode(200).extract().path("items[0]");
    }
}
