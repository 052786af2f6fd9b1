package org.convene.portal.console.door;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A registration as the organiser reads it (the fields the door needs): registration-service's Registration. */
public record Attendee(UUID id, UUID workshopId, String status, String fullName, String email, UUID cityId,
        String organisation, OffsetDateTime checkedInAt) {

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}
