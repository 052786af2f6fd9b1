package org.convene.portal.console.outreach;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.convene.portal.console.ConsoleWords;

/** The words for the services' codes (kinds of email, statuses, event types) and times, in the page's language. */
public final class OutreachLabels {

    /** The kinds of email of notification-service's ledger (NotificationType), in its order. */
    public static final List<String> TYPES = List.of("CONFIRMATION", "WAITLISTED", "PROMOTED", "CANCELLED",
            "WORKSHOP_UPDATED", "WORKSHOP_CANCELLED", "APPLICATION_RECEIVED", "APPLICATION_REJECTED",
            "TRANSFER_RECEIVED", "TRANSFER_SENT", "INVITATION", "INVITATION_REMINDER", "REMINDER", "ANNOUNCEMENT",
            "WEBHOOK_DISABLED");

    /** The statuses of a ledger row (NotificationStatus). */
    public static final List<String> STATUSES = List.of("PENDING", "SENT", "FAILED", "SUPPRESSED");

    private OutreachLabels() {
    }

    static OutreachMessages words(String lang) {
        return ConsoleWords.in(OutreachMessages.class, lang);
    }

    static String type(OutreachMessages w, String type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case "CONFIRMATION" -> w.type_CONFIRMATION();
            case "WAITLISTED" -> w.type_WAITLISTED();
            case "PROMOTED" -> w.type_PROMOTED();
            case "CANCELLED" -> w.type_CANCELLED();
            case "WORKSHOP_UPDATED" -> w.type_WORKSHOP_UPDATED();
            case "WORKSHOP_CANCELLED" -> w.type_WORKSHOP_CANCELLED();
            case "APPLICATION_RECEIVED" -> w.type_APPLICATION_RECEIVED();
            case "APPLICATION_REJECTED" -> w.type_APPLICATION_REJECTED();
            case "TRANSFER_RECEIVED" -> w.type_TRANSFER_RECEIVED();
            case "TRANSFER_SENT" -> w.type_TRANSFER_SENT();
            case "INVITATION" -> w.type_INVITATION();
            case "INVITATION_REMINDER" -> w.type_INVITATION_REMINDER();
            case "REMINDER" -> w.type_REMINDER();
            case "ANNOUNCEMENT" -> w.type_ANNOUNCEMENT();
            case "WEBHOOK_DISABLED" -> w.type_WEBHOOK_DISABLED();
            default -> type;
        };
    }

    static String status(OutreachMessages w, String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "PENDING" -> w.status_PENDING();
            case "SENT" -> w.status_SENT();
            case "FAILED" -> w.status_FAILED();
            case "SUPPRESSED" -> w.status_SUPPRESSED();
            default -> status;
        };
    }

    static String reason(OutreachMessages w, String reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "OPTED_OUT" -> w.reason_OPTED_OUT();
            case "SUPERSEDED" -> w.reason_SUPERSEDED();
            case "ERASED" -> w.reason_ERASED();
            default -> reason;
        };
    }

    static String delivery(OutreachMessages w, String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "PENDING" -> w.del_PENDING();
            case "DELIVERED" -> w.del_DELIVERED();
            case "FAILED" -> w.del_FAILED();
            default -> status;
        };
    }

    static String hook(OutreachMessages w, String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "ACTIVE" -> w.hook_ACTIVE();
            case "DISABLED" -> w.hook_DISABLED();
            default -> status;
        };
    }

    /** "4 Dec 2026, 19:31" in the zone, in the page's language (English as the network writes it). */
    static String time(Instant at, ZoneId zone, Locale locale) {
        if (at == null) {
            return "";
        }
        Locale shown = "en".equals(locale.getLanguage()) ? Locale.UK : locale;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(shown)
                .format(at.atZone(zone));
    }
}
