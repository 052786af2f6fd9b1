package org.convene.portal.console;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.convene.portal.client.Question;

/**
 * A workshop as an organiser sees it: registration-service's {@code Workshop} (GET /api/v1/workshops/{id}) with its
 * settings, live counters and status (DRAFT, OPEN, CANCELLED); drafts too. Every page of the console reads this one.
 */
public record ConsoleWorkshop(UUID id, String title, String description, UUID hostCityId, String venue,
        String timezone, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int confirmedCount,
        int waitlistCount, int seatsLeft, int attendanceCount, String status, boolean registrationOpen,
        OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt, boolean waitlistEnabled,
        String admission, List<Question> questions, Allocation seatAllocation) {

    /** Seats kept per city (by CITY) or per country (by COUNTRY) until releaseAt. */
    public record Allocation(String by, Integer seatsPerGroup, Map<String, Integer> overrides,
            OffsetDateTime releaseAt) {

        public Allocation {
            overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        }

        /** The seats of one group: its own number, else the one of every group. */
        public int limitOf(String group) {
            Integer own = overrides.get(group);
            return own != null ? own : seatsPerGroup == null ? 0 : seatsPerGroup;
        }

        public boolean byCity() {
            return "CITY".equals(by);
        }
    }

    public ConsoleWorkshop {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** Sign-up by application: an organiser approves or rejects each one. */
    public boolean approval() {
        return "APPROVAL".equals(admission);
    }

    /** The registrants an announcement goes to: the confirmed and the waitlisted. */
    public int registrants() {
        return confirmedCount + waitlistCount;
    }

    /** Published at some point: registration-service shows its seats (GET .../seats answers 404 for a draft). */
    public boolean published() {
        return !draft();
    }

    /** The workshop's own time zone (times are shown in it), UTC when it names none we know. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timezone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** A moment in the workshop's own time zone (for {@code .day} and {@code .clock} in the templates). */
    public ZonedDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone());
    }

    public ZonedDateTime startsLocal() {
        return local(startsAt);
    }

    public ZonedDateTime endsLocal() {
        return local(endsAt);
    }

    public boolean oneDay() {
        return startsAt == null || endsAt == null || startsLocal().toLocalDate().equals(endsLocal().toLocalDate());
    }
}
