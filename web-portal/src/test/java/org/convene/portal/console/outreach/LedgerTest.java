package org.convene.portal.console.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.convene.portal.console.MessageKeys;
import org.convene.portal.console.outreach.OutreachViews.Notification;
import org.junit.jupiter.api.Test;

/** The ledger as the emails page and the past announcements show it. */
class LedgerTest {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final UUID WORKSHOP = UUID.randomUUID();
    final OutreachMessages words = MessageKeys.of(OutreachMessages.class);

    static Notification row(String event, String type, String recipient, String subject, String status,
            String createdAt) {
        return new Notification(UUID.randomUUID(), event, type, recipient, subject, "en", status,
                "SENT".equals(status) ? 1 : 0, null, null, "SENT".equals(status) ? Instant.parse(createdAt) : null,
                Instant.parse(createdAt), WORKSHOP, UUID.randomUUID(), "SUPPRESSED".equals(status) ? "OPTED_OUT" : null);
    }

    @Test
    void announcementsAreTheirLedgerRowsCountedNewestFirst() {
        List<Notification> rows = List.of(
                row("announcement:1", "ANNOUNCEMENT", "a@x.example", "Room change", "SENT", "2026-12-01T04:00:00Z"),
                row("announcement:1", "ANNOUNCEMENT", "b@x.example", "Room change", "SUPPRESSED", "2026-12-01T04:00:00Z"),
                row("announcement:1", "ANNOUNCEMENT", "c@x.example", "Room change", "FAILED", "2026-12-01T04:00:00Z"),
                row("announcement:2", "ANNOUNCEMENT", "a@x.example", "Bring water", "PENDING", "2026-12-02T04:00:00Z"),
                row("registration:9", "CONFIRMATION", "a@x.example", "You are registered", "SENT", "2026-11-30T04:00:00Z"));

        List<Ledger.Announcement> announcements = Ledger.announcements(rows, KOLKATA, Locale.ENGLISH);

        assertEquals(List.of("Bring water", "Room change"),
                announcements.stream().map(Ledger.Announcement::subject).toList());
        Ledger.Announcement roomChange = announcements.get(1);
        assertEquals(3, roomChange.recipients());
        assertEquals(1, roomChange.sent());
        assertEquals(1, roomChange.failed());
        assertEquals(1, roomChange.suppressed());
        assertEquals(0, roomChange.pending());
        assertEquals("1 Dec 2026, 09:30", roomChange.when());
    }

    @Test
    void theEmailsTableSaysEachCodeInWords() {
        Notification pending = new Notification(UUID.randomUUID(), "registration:1", "CONFIRMATION", "a@x.example",
                "You are registered: Heat", "en", "PENDING", 2, "451 try later", Instant.parse("2026-12-01T04:05:00Z"),
                null, Instant.parse("2026-12-01T04:00:00Z"), WORKSHOP, UUID.randomUUID(), null);
        Ledger.Row row = Ledger.rows(List.of(pending), words, KOLKATA, Locale.ENGLISH).get(0);

        assertEquals("type_CONFIRMATION", row.kind());
        assertEquals("status_PENDING", row.status());
        assertEquals("pending", row.statusCode());
        assertEquals("1 Dec 2026, 09:30", row.when());
        assertEquals("1 Dec 2026, 09:35", row.nextAttemptAt());
        assertNull(row.sentAt());
        assertNull(row.reason());
        assertEquals("451 try later", row.lastError());

        Ledger.Row suppressed = Ledger.rows(List.of(row("announcement:1", "ANNOUNCEMENT", "b@x.example", "Hi",
                "SUPPRESSED", "2026-12-01T04:00:00Z")), words, KOLKATA, Locale.ENGLISH).get(0);
        assertEquals("reason_OPTED_OUT", suppressed.reason());
    }

    @Test
    void theLedgersFiltersKeepKnownCodesOnlyAndMakeThePagesLinks() {
        EmailPages.Filter filter = EmailPages.Filter.of("CONFIRMATION", "BOGUS", " A@X.example ");
        assertEquals("CONFIRMATION", filter.type());
        assertNull(filter.status());
        assertEquals("A@X.example", filter.recipient());
        assertEquals("/organiser/workshops/w/emails?type=CONFIRMATION&recipient=A%40X.example&cursor=AZ%2B1",
                filter.url("w", "AZ+1"));
        assertEquals("/organiser/workshops/w/emails", EmailPages.Filter.of(null, null, " ").url("w", null));
    }
}
