package org.convene.registration.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

import org.convene.registration.domain.Workshop;
import org.convene.registration.domain.WorkshopStatus;
import org.convene.registration.mapping.Times;

/**
 * A workshop as an RFC 5545 calendar: one VEVENT with DTSTART/DTEND in the workshop's own time zone (TZID) and the
 * VTIMEZONE that defines it, built from the JDK's tz rules (the offset changes around the workshop, each as its own
 * STANDARD/DAYLIGHT onset). Written by hand rather than with ical4j: one event with a few properties does not need
 * a library, and this way the time zone data is the same as everywhere else in the service (the JDK's), with no
 * extra dependencies and no tz-update lookups over the network.
 */
public final class CalendarWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarWriter() {
    }

    public static String ics(Workshop workshop, String hostDomain) {
        ZoneId zone = ZoneId.of(workshop.timezone);
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Convene//registration-service//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        timezone(lines, zone, workshop.startsAt, workshop.endsAt);
        lines.add("BEGIN:VEVENT");
        lines.add("UID:workshop-" + workshop.id + "@" + hostDomain);
        lines.add("DTSTAMP:" + UTC.format(Times.now()));
        lines.add("SEQUENCE:" + workshop.sequence);
        lines.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(workshop.startsAt.atZone(zone)));
        lines.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(workshop.endsAt.atZone(zone)));
        lines.add("SUMMARY:" + escape(workshop.title));
        if (workshop.description != null && !workshop.description.isBlank()) {
            lines.add("DESCRIPTION:" + escape(workshop.description));
        }
        if (workshop.venue != null && !workshop.venue.isBlank()) {
            lines.add("LOCATION:" + escape(workshop.venue));
        }
        lines.add("STATUS:" + (workshop.status == WorkshopStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        lines.add("LAST-MODIFIED:" + UTC.format(workshop.updatedAt));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line));
        }
        return out.toString();
    }

    /** VTIMEZONE: the onset in force at the start, and every change until the end. */
    private static void timezone(List<String> lines, ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        List<ZoneOffsetTransition> onsets = new ArrayList<>();
        ZoneOffsetTransition inForce = rules.previousTransition(start.plusSeconds(1));
        if (inForce != null) {
            onsets.add(inForce);
        }
        for (ZoneOffsetTransition next = rules.nextTransition(start); next != null
                && next.getInstant().isBefore(end); next = rules.nextTransition(next.getInstant())) {
            onsets.add(next);
        }
        if (onsets.isEmpty()) {
            ZoneOffset offset = rules.getOffset(start);
            component(lines, false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        }
        for (ZoneOffsetTransition onset : onsets) {
            component(lines, rules.isDaylightSavings(onset.getInstant()), onset.getDateTimeBefore(),
                    onset.getOffsetBefore(), onset.getOffsetAfter());
        }
        lines.add("END:VTIMEZONE");
    }

    private static void component(List<String> lines, boolean daylight, LocalDateTime onset, ZoneOffset from,
            ZoneOffset to) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(onset));
        lines.add("TZOFFSETFROM:" + offset(from));
        lines.add("TZOFFSETTO:" + offset(to));
        lines.add("END:" + kind);
    }

    /** ±hhmm, or ±hhmmss where seconds matter (RFC 5545 §3.3.14). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String hhmm = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? hhmm : hhmm + String.format("%02d", abs % 60);
    }

    /** TEXT escaping (RFC 5545 §3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Lines of at most 75 octets, continued with CRLF + space, never splitting a UTF-8 character (§3.1). */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append("\r\n").toString();
    }
}
