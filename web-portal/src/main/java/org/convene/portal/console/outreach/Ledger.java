package org.convene.portal.console.outreach;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convene.portal.console.outreach.OutreachViews.Notification;

/** notification-service's delivery ledger as the console shows it: the emails table, and the past announcements. */
public final class Ledger {

    private Ledger() {
    }

    /** One email of the table, its codes in words and its times in the workshop's zone. */
    public record Row(String when, String sentAt, String recipient, String kind, String subject, String status,
            String statusCode, String reason, int attempts, String lastError, String nextAttemptAt) {
    }

    /** One announcement: the ledger rows of one {@code announcement:<id>} event, counted by status. */
    public record Announcement(String eventId, String subject, String when, int recipients, int sent, int pending,
            int failed, int suppressed) {
    }

    static List<Row> rows(List<Notification> notifications, OutreachMessages words, ZoneId zone, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (Notification n : notifications) {
            boolean pending = "PENDING".equals(n.status());
            rows.add(new Row(OutreachLabels.time(n.createdAt(), zone, locale),
                    n.sentAt() == null ? null : OutreachLabels.time(n.sentAt(), zone, locale), n.recipient(),
                    OutreachLabels.type(words, n.type()), n.subject(), OutreachLabels.status(words, n.status()),
                    n.status() == null ? "" : n.status().toLowerCase(Locale.ROOT),
                    OutreachLabels.reason(words, n.suppressedReason()), n.attempts(), n.lastError(),
                    pending && n.nextAttemptAt() != null ? OutreachLabels.time(n.nextAttemptAt(), zone, locale) : null));
        }
        return rows;
    }

    /** The announcements among ledger rows of type ANNOUNCEMENT (oldest first, as the ledger lists them), newest first. */
    static List<Announcement> announcements(List<Notification> notifications, ZoneId zone, Locale locale) {
        Map<String, List<Notification>> byEvent = new LinkedHashMap<>();
        for (Notification n : notifications) {
            if ("ANNOUNCEMENT".equals(n.type()) && n.eventId() != null) {
                byEvent.computeIfAbsent(n.eventId(), e -> new ArrayList<>()).add(n);
            }
        }
        List<Announcement> announcements = new ArrayList<>();
        byEvent.forEach((event, rows) -> {
            Notification first = rows.get(0);
            announcements.add(new Announcement(event, first.subject(), OutreachLabels.time(first.createdAt(), zone, locale),
                    rows.size(), count(rows, "SENT"), count(rows, "PENDING"), count(rows, "FAILED"),
                    count(rows, "SUPPRESSED")));
        });
        java.util.Collections.reverse(announcements);
        return announcements;
    }

    private static int count(List<Notification> rows, String status) {
        return (int) rows.stream().filter(n -> status.equals(n.status())).count();
    }
}
