package org.convene.registration.service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A workshop's seats, overall and per allocation group.
 *
 * @param pending applications waiting for an organiser (admission APPROVAL)
 * @param releaseAt when the group limits lift, in the workshop's time zone; null: never, or no allocation
 * @param released true from releaseAt on: the group limits no longer apply
 * @param groups one entry per group someone registered from, by key
 */
public record SeatsOverview(int capacity, int confirmed, int waitlisted, int pending, OffsetDateTime releaseAt,
        boolean released, List<Group> groups) {

    /** @param key city id (by CITY) or country code (by COUNTRY) */
    public record Group(String key, int limit, int confirmed, int waitlisted) {
    }
}
