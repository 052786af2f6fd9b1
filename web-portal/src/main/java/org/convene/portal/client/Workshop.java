package org.convene.portal.client;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A published workshop, as registration-service's {@code GET /api/v1/workshops/{id}} answers it (the fields the pages
 * show). Seam: once the API names a workshop's questions, add them here and render them in workshop.html as
 * {@code answers.<key>} fields; the form already sends {@code answers} (SignUpRequest).
 */
public record Workshop(UUID id, String title, String description, UUID hostCityId, String venue, String timezone,
        OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int confirmedCount, int waitlistCount,
        int seatsLeft, String status, boolean registrationOpen, OffsetDateTime registrationClosesAt,
        boolean waitlistEnabled) {

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
