package org.convene.portal.console.workshops;

import java.time.OffsetDateTime;
import java.util.List;

/** A published workshop's seats, from registration-service's {@code GET /api/v1/workshops/{id}/seats}. */
public record Seats(int capacity, int confirmed, int waitlisted, int pending, OffsetDateTime releaseAt,
        boolean released, List<Group> groups) {

    /** A group (a city, under an allocation by CITY) someone registered from. */
    public record Group(String key, int limit, int confirmed, int waitlisted) {
    }

    public Seats {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
