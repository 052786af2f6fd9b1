package org.convene.platform.ical;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * One event as an iCalendar object (RFC 5545): the calendar feed ({@code PUBLISH}) and the emailed iTIP invitation
 * (RFC 5546 {@code REQUEST} or {@code CANCEL}) are written by this one class, so both carry the same UID and a
 * calendar replaces the event instead of showing it twice. DTSTART/DTEND are in the event's own time zone (TZID) with
 * the VTIMEZONE built from the JDK's tz rules: one observance per offset in force from the start to the end. Text
 * values are escaped (§3.3.11) and every line is folded at 75 octets without splitting a UTF-8 character (§3.1).
 * Written by hand rather than with ical4j: a single VEVENT is about a hundred lines, where ical4j 4 brings several
 * jars and its own time zone registry (which may fetch definitions over the network) and so a second source of tz
 * data beside the JDK's that the services validate time zones with.
 *
 * @param method {@link #PUBLISH}, {@link #REQUEST} or {@link #CANCEL}
 * @param uid stable across updates and cancellation: {@link #uidOf}
 * @param sequence raised by every published change and by the cancellation
 * @param organizer the sender of an invitation; null in a feed
 * @param attendee the recipient of an invitation; null in a feed
 */
public record CalendarEvent(String method, String uid, int sequence, Instant stamp, String title,
        String description, String venue, ZoneId zone, OffsetDateTime startsAt, OffsetDateTime endsAt,
        boolean cancelled, Participant organizer, Participant attendee) {

    public static final String PUBLISH = "PUBLISH";
    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public record Participant(String name, String email) {
    }

    /** The UID of the event of an aggregate (a workshop): the same in the feed and in every invitation. */
    public static String uidOf(Object id) {
        return id + "@convene";
    }

    /** The MIME type, with the iTIP method. */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + method;
    }

    public String render() {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Convene//Convene//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + method);
        timezone(lines);
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(uid));
        lines.add("SEQUENCE:" + sequence);
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(startsAt.atZoneSameInstant(zone)));
        lines.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(endsAt.atZoneSameInstant(zone)));
        lines.add("SUMMARY:" + text(title));
        if (description != null && !description.isBlank()) {
            lines.add("DESCRIPTION:" + text(description));
        }
        if (venue != null && !venue.isBlank()) {
            lines.add("LOCATION:" + text(venue));
        }
        if (organizer != null) {
            lines.add("ORGANIZER;CN=" + param(organizer.name()) + ":mailto:" + organizer.email());
        }
        if (attendee != null) {
            lines.add("ATTENDEE;CN=" + param(attendee.name())
                    + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + attendee.email());
        }
        lines.add("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line)).append("\r\n");
        }
        return out.toString();
    }

    public byte[] bytes() {
        return render().getBytes(StandardCharsets.UTF_8);
    }

    /** One observance per offset in force from the start to the end of the workshop (single onsets, no RRULE). */
    private void timezone(List<String> lines) {
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        ZoneRules rules = zone.getRules();
        Instant start = startsAt.toInstant();
        ZoneOffsetTransition transition = rules.previousTransition(start.plusSeconds(1));
        if (transition == null) {
            ZoneOffset offset = rules.getOffset(start);
            observance(lines, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        } else {
            while (transition != null && !transition.getInstant().isAfter(endsAt.toInstant())) {
                observance(lines, rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD",
                        transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter());
                transition = rules.nextTransition(transition.getInstant());
            }
        }
        lines.add("END:VTIMEZONE");
    }

    private static void observance(List<String> lines, String kind, LocalDateTime onset, ZoneOffset from,
            ZoneOffset to) {
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(onset));
        lines.add("TZOFFSETFROM:" + offset(from));
        lines.add("TZOFFSETTO:" + offset(to));
        lines.add("END:" + kind);
    }

    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String value = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, (abs % 3600) / 60);
        return abs % 60 == 0 ? value : value + String.format("%02d", abs % 60);
    }

    /** TEXT value escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted, and without the characters a quoted value cannot hold. */
    static String param(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\r\\n\\x00-\\x1f]", " ") + "\"";
    }

    /** Folds a content line at 75 octets; continuation lines start with a space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
