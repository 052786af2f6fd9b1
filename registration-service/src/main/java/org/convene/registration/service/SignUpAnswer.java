package org.convene.registration.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.convene.registration.domain.Registration;
import org.convene.registration.mapping.Times;

/**
 * The answer to a sign-up: the only time the manage token is shown. Without its token, it is also the form stored
 * (as JSON) for idempotent replays, so its fields and their names are those of the stored rows.
 *
 * @param status CONFIRMED, WAITLISTED or PENDING
 * @param waitlistPosition 1-based place on the waitlist; null when not waitlisted
 */
public record SignUpAnswer(UUID id, UUID workshopId, String status, Integer waitlistPosition, String manageToken,
        OffsetDateTime registeredAt) {

    /** A registration as its sign-up's answer, with its manage token (just made, or opened from the sealed copy). */
    public static SignUpAnswer of(Registration registration, String manageToken) {
        return new SignUpAnswer(registration.id, registration.workshopId, registration.status.name(),
                registration.waitlistPosition, manageToken, Times.utc(registration.registeredAt));
    }

    /** The same answer with another manage token (null: the form that is stored for idempotent replays). */
    public SignUpAnswer withManageToken(String token) {
        return new SignUpAnswer(id, workshopId, status, waitlistPosition, token, registeredAt);
    }

    public SignUpAnswer withoutManageToken() {
        return withManageToken(null);
    }
}
