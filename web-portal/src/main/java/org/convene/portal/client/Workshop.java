package org.convene.portal.client;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A published workshop, as registration-service's {@code GET /api/v1/workshops/{id}} answers it (the fields the pages
 * show), with its sign-up form's questions (rendered as {@code answers.<key>} fields, QuestionFields).
 */
public record Workshop(UUID id, String title, String description, UUID hostCityId, String venue, String timezone,
        OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int confirmedCount, int waitlistCount,
        int seatsLeft, String status, boolean registrationOpen, OffsetDateTime registrationClosesAt,
        boolean waitlistEnabled, List<Question> questions) {

    public Workshop {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** Starts and ends on the same day in its own time zone. */
    public boolean oneDay() {
        return local(startsAt).toLocalDate().equals(local(endsAt).toLocalDate());
    }

    /** A moment in the workshop's own time zone (the API may answer in another offset). */
    public ZonedDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone());
    }

    public ZonedDateTime closesLocal() {
        return local(registrationClosesAt);
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(timezone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
