package org.convene.registration.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** RFC 3339 renderings: a workshop's own times in its zone's offset, everything else in UTC. */
public final class Times {

    private Times() {
    }

    /** Now, at the database's precision (microseconds), so that what is answered is what is stored. */
    public static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static OffsetDateTime local(Instant instant, String zone) {
        return instant == null ? null : instant.atZone(ZoneId.of(zone)).toOffsetDateTime();
    }
}
