package org.convene.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

/** Waitlist, promotion, cancellation, and changes to the whole workshop. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class LifecycleEmailTest {

    @Inject
    DataSource dataSource;

    static final String REGISTRATION = "convene.registration.";
    static final OffsetDateTime STARTS = OffsetDateTime.of(2030, 12, 5, 4, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void waitlistedThenPromotedThenCancelledByTheAttendee() throws Exception {
        String email = TestEvents.uniqueEmail("chitra");
        UUID registrationId = UUID.randomUUID();
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Waste to energy", STARTS, 0);
        TestEvents.publishRegistration(REGISTRATION + "waitlisted.v1", TestEvents.registration(registrationId,
                workshop, "WAITLISTED", 3, "Chitra Sen", email, "tok-chitra", null));
        MimeMessage waitlisted = Mailbox.await(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("On the waitlist (position 3): Waste to energy", waitlisted.getSubject());
        assertTrue(Mailbox.part(waitlisted, "text/plain").contains("at position 3"));
        assertNull(Mailbox.part(waitlisted, "text/calendar"), "no invitation while waitlisted");

        TestEvents.publishRegistration(REGISTRATION + "promoted.v1", TestEvents.registration(registrationId,
                workshop, "CONFIRMED", null, "Chitra Sen", email, "tok-chitra", null));
        MimeMessage promoted = Mailbox.await(email, 2, Duration.ofSeconds(30)).get(1);
        assertEquals("A seat opened up, you are in: Waste to energy", promoted.getSubject());
        assertTrue(Mailbox.part(promoted, "text/calendar").contains("METHOD:REQUEST"));
        assertTrue(Mailbox.part(promoted, "text/plain").contains("?token=tok-chitra"));

        TestEvents.publishRegistration(REGISTRATION + "cancelled.v1", TestEvents.registration(registrationId,
                workshop, "CANCELLED", null, "Chitra Sen", email, null, "ATTENDEE"));
        MimeMessage cancelled = Mailbox.await(email, 3, Duration.ofSeconds(30)).get(2);
        assertEquals("Your registration is cancelled: Waste to energy", cancelled.getSubject());
        String calendar = Mailbox.part(cancelled, "text/calendar");
        assertTrue(calendar.contains("METHOD:CANCEL") && calendar.contains("STATUS:CANCELLED"), calendar);
        assertTrue(Mailbox.contentTypeOf(cancelled, "text/calendar").toLowerCase().contains("method=cancel"));
        assertEquals(3, Mailbox.settle(email, Duration.ofSeconds(2)).size());
    }

    @Test
    void aCheckInAndItsUndoingAreConsumedWithoutEmail() throws Exception {
        String email = TestEvents.uniqueEmail("gita");
        UUID registrationId = UUID.randomUUID();
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Flood early warning", STARTS, 0);
        TestEvents.publishRegistration(REGISTRATION + "confirmed.v1", TestEvents.registration(registrationId,
                workshop, "CONFIRMED", null, "Gita Das", email, "tok-gita", null));
        Mailbox.await(email, 1, Duration.ofSeconds(30));
        ObjectNode checkedIn = TestEvents.registration(registrationId, workshop, "CONFIRMED", null, "Gita Das", email,
                null, null);
        checkedIn.put("checkedInAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        String checkIn = TestEvents.publishRegistration(REGISTRATION + "checked-in.v1", checkedIn);
        String undo = TestEvents.publishRegistration(REGISTRATION + "check-in-undone.v1", TestEvents.registration(
                registrationId, workshop, "CONFIRMED", null, "Gita Das", email, null, null));
        for (String eventId : List.of(checkIn, undo)) {
            awaitProcessed(eventId);
        }
        assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(2)).size(), "only the confirmation is mailed");
    }

    /** The registration consumer applied the event (an unknown type rolls back and is dead-lettered instead). */
    private void awaitProcessed(String eventId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(
                    "select 1 from processed_event where consumer = 'registration-emails' and event_id = ?")) {
                select.setString(1, eventId);
                try (var rows = select.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("event " + eventId + " was not applied within 30 s");
    }

    @Test
    void aWorkshopUpdateReInvitesAndACancellationTellsEveryoneOnce() throws Exception {
        UUID workshopId = UUID.randomUUID();
        ObjectNode workshop = TestEvents.workshop(workshopId, "Coastal adaptation", STARTS, 0);
        TestEvents.publishWorkshop("convene.workshop.published.v1", workshop);
        String first = TestEvents.uniqueEmail("dipa");
        String second = TestEvents.uniqueEmail("ekram");
        String waiting = TestEvents.uniqueEmail("farah");
        UUID firstId = UUID.randomUUID();
        UUID secondId = UUID.randomUUID();
        UUID waitingId = UUID.randomUUID();
        TestEvents.publishRegistration(REGISTRATION + "confirmed.v1",
                TestEvents.registration(firstId, workshop, "CONFIRMED", null, "Dipa Roy", first, "t1", null));
        TestEvents.publishRegistration(REGISTRATION + "confirmed.v1",
                TestEvents.registration(secondId, workshop, "CONFIRMED", null, "Ekram Ali", second, "t2", null));
        TestEvents.publishRegistration(REGISTRATION + "waitlisted.v1",
                TestEvents.registration(waitingId, workshop, "WAITLISTED", 1, "Farah Khan", waiting, "t3", null));
        for (String email : List.of(first, second, waiting)) {
            assertEquals(1, Mailbox.await(email, 1, Duration.ofSeconds(30)).size());
        }

        ObjectNode moved = TestEvents.workshop(workshopId, "Coastal adaptation", STARTS.plusDays(1), 1);
        TestEvents.publishWorkshop("convene.workshop.updated.v1", moved);
        MimeMessage update = Mailbox.await(first, 2, Duration.ofSeconds(30)).get(1);
        assertEquals("Workshop updated: Coastal adaptation", update.getSubject());
        String calendar = Mailbox.part(update, "text/calendar").replace("\r\n ", "");
        assertTrue(calendar.contains("METHOD:REQUEST") && calendar.contains("SEQUENCE:1\r\n")
                && calendar.contains("UID:" + workshopId + "@convene") && calendar.contains("20301206T100000"),
                calendar);
        assertTrue(Mailbox.part(update, "text/plain").contains("Friday 6 December 2030, 10:00"));
        assertEquals(2, Mailbox.await(second, 2, Duration.ofSeconds(30)).size());
        MimeMessage waitingUpdate = Mailbox.await(waiting, 2, Duration.ofSeconds(30)).get(1);
        assertNull(Mailbox.part(waitingUpdate, "text/calendar"), "the waitlisted hold no invitation to update");

        ObjectNode cancelledWorkshop = TestEvents.workshop(workshopId, "Coastal adaptation", STARTS.plusDays(1), 2);
        cancelledWorkshop.put("status", "CANCELLED");
        // registration publishes the workshop cancellation and one registration.cancelled (WORKSHOP) each;
        // the two topics are not ordered with each other: here one registration event comes first.
        TestEvents.publishRegistration(REGISTRATION + "cancelled.v1", TestEvents.registration(firstId,
                cancelledWorkshop, "CANCELLED", null, "Dipa Roy", first, null, "WORKSHOP"));
        TestEvents.publishWorkshop("convene.workshop.cancelled.v1", cancelledWorkshop);
        TestEvents.publishRegistration(REGISTRATION + "cancelled.v1", TestEvents.registration(secondId,
                cancelledWorkshop, "CANCELLED", null, "Ekram Ali", second, null, "WORKSHOP"));
        TestEvents.publishRegistration(REGISTRATION + "cancelled.v1", TestEvents.registration(waitingId,
                cancelledWorkshop, "CANCELLED", null, "Farah Khan", waiting, null, "WORKSHOP"));

        for (String email : List.of(first, second, waiting)) {
            List<MimeMessage> all = Mailbox.await(email, 3, Duration.ofSeconds(30));
            assertEquals(3, all.size(), email);
            MimeMessage cancellation = all.get(2);
            assertEquals("Workshop cancelled: Coastal adaptation", cancellation.getSubject());
            String cancel = Mailbox.part(cancellation, "text/calendar");
            if (email.equals(waiting)) {
                assertNull(cancel);
            } else {
                assertNotNull(cancel, email);
                assertTrue(cancel.contains("METHOD:CANCEL") && cancel.contains("SEQUENCE:2"), cancel);
            }
        }
        for (String email : List.of(first, second, waiting)) {
            assertEquals(3, Mailbox.settle(email, Duration.ofSeconds(1)).size(), "no second cancellation: " + email);
        }
    }
}
