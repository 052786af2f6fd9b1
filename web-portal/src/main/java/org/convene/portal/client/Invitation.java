package org.convene.portal.client;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation as its invitee reads it with the emailed token: whom, to which workshop, and the answer so far. */
public record Invitation(UUID id, UUID workshopId, String fullName, String email, String status,
        OffsetDateTime answeredAt, String declineReason, UUID registrationId) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status);
    }

    public boolean declined() {
        return "DECLINED".equals(status);
    }
}
