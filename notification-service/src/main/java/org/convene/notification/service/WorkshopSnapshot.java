package org.convene.notification.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.convene.notification.domain.WorkshopStatus;

/**
 * A workshop's schedule as carried by workshop.* events and inside registration.* and invitation.* events: what the
 * services here take (messaging decodes it from the event data).
 *
 * @param status the workshop's status; OPEN when the event does not say
 */
public record WorkshopSnapshot(UUID id, String title, String description, String venue, String timezone,
        OffsetDateTime startsAt, OffsetDateTime endsAt, WorkshopStatus status, int sequence) {
}
