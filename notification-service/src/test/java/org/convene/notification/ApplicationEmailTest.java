package org.convene.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Applications (admission APPROVAL): received, approved (the usual confirmation), rejected with the reason; and
 * transfers, to both people. Each once, also when the event is delivered again.
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class ApplicationEmailTest {

    private static final String TOPIC = "registration.registrations.v1";

    @Test
    void receivedThenApprovedGetTheirEmailsOnce() throws Exception {
        String email = TestEvents.uniqueEmail("sadia");
        ObjectNode submitted = example("convene.registration.submitted.v1", email, "tok-sadia");
        String eventId = publishTwice("convene.registration.submitted.v1", submitted);
        MimeMessage received = Mailbox.await(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("We received your application: Heat resilience for frontline practitioners",
                received.getSubject());
        String text = Mailbox.part(received, "text/plain");
        assertTrue(text.contains("holds no seat") && text.contains("?token=tok-sadia"), text);
        assertNull(Mailbox.part(received, "text/calendar"), "no invitation for an application");

        ObjectNode approved = example("convene.registration.approved.v1", email, "tok-sadia");
        approved.put("registrationId", submitted.get("registrationId").asText());
        Contracts.assertValid("convene.registration.approved.v1", TestEvents.bytes(approved));
        TestEvents.publishRegistration("convene.registration.approved.v1", approved);
        MimeMessage confirmation = Mailbox.await(email, 2, Duration.ofSeconds(30)).get(1);
        assertEquals("You are registered: Heat resilience for frontline practitioners", confirmation.getSubject());
        assertTrue(Mailbox.part(confirmation, "text/calendar").contains("METHOD:REQUEST"));
        assertEquals(2, Mailbox.settle(email, Duration.ofSeconds(2)).size(), "the redelivery " + eventId
                + " sent nothing more");
    }

    @Test
    void aRejectionTellsTheReasonWithoutAManageLinkOnce() throws Exception {
        String email = TestEvents.uniqueEmail("tarek");
        ObjectNode rejected = example("convene.registration.rejected.v1", email, null);
        publishTwice("convene.registration.rejected.v1", rejected);
        MimeMessage message = Mailbox.await(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("About your application: Heat resilience for frontline practitioners", message.getSubject());
        String text = Mailbox.part(message, "text/plain");
        assertTrue(text.contains("Their reason: This workshop is for ward-level practitioners"), text);
        assertFalse(text.contains("/api/v1/registrations/"), "no manage link: " + text);
        assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(2)).size());

        String quiet = TestEvents.uniqueEmail("uma");
        ObjectNode withoutReason = example("convene.registration.rejected.v1", quiet, null);
        withoutReason.putNull("reason");
        TestEvents.publishRegistration("convene.registration.rejected.v1", withoutReason);
        String plain = Mailbox.part(Mailbox.await(quiet, 1, Duration.ofSeconds(30)).get(0), "text/plain");
        assertFalse(plain.contains("Their reason"), plain);
    }

    @Test
    void aTransferTellsBothPeopleOnce() throws Exception {
        String colleague = TestEvents.uniqueEmail("farhana");
        String previous = TestEvents.uniqueEmail("rafiqul");
        ObjectNode transferred = example("convene.registration.transferred.v1", colleague, "tok-farhana");
        ((ObjectNode) transferred.get("previous")).put("email", previous);
        Contracts.assertValid("convene.registration.transferred.v1", TestEvents.bytes(transferred));
        publishTwice("convene.registration.transferred.v1", transferred);

        MimeMessage received = Mailbox.await(colleague, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("A place is now yours: Heat resilience for frontline practitioners", received.getSubject());
        assertTrue(Mailbox.part(received, "text/plain").contains("?token=tok-farhana"));
        assertTrue(Mailbox.part(received, "text/calendar").contains("METHOD:REQUEST"), "a confirmed seat: invited");
        MimeMessage sent = Mailbox.await(previous, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Your place was passed on: Heat resilience for frontline practitioners", sent.getSubject());
        String text = Mailbox.part(sent, "text/plain");
        assertTrue(text.contains("Dear Rafiqul Islam") && text.contains("now belongs to Farhana Akter"), text);
        assertFalse(text.contains("/api/v1/registrations/"), "no manage link for the previous holder: " + text);
        assertEquals(1, Mailbox.settle(colleague, Duration.ofSeconds(2)).size());
        assertEquals(1, Mailbox.settle(previous, Duration.ofSeconds(1)).size());
    }

    /** The contract's example, for a fresh registration and recipient. */
    private static ObjectNode example(String type, String email, String manageToken) throws Exception {
        ObjectNode data = (ObjectNode) TestEvents.MAPPER.readTree(Contracts.example(type));
        data.put("registrationId", UUID.randomUUID().toString());
        data.put("email", email);
        // months away, so that no reminder joins the emails under test
        ObjectNode workshop = (ObjectNode) data.get("workshop");
        workshop.put("startsAt", "2027-06-03T09:30:00+05:30");
        workshop.put("endsAt", "2027-06-04T17:00:00+05:30");
        if (manageToken != null) {
            data.put("manageTokenSealed", TestEvents.SECRETS.seal(manageToken));
        }
        return data;
    }

    /** Publishes the event, then the same event again (same ce_id): a redelivery. */
    private static String publishTwice(String type, ObjectNode data) {
        String key = data.get("workshopId").asText();
        String subject = data.get("registrationId").asText();
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(TOPIC, key, type, subject, TestEvents.bytes(data), eventId);
        TestEvents.publish(TOPIC, key, type, subject, TestEvents.bytes(data), eventId);
        return eventId;
    }
}
