package org.convene.registration.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.convene.registration.domain.Registration;
import org.convene.registration.mapping.Times;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a sign-up: the only time the manage token is shown. */
@Schema(name = "SignUp")
public record SignUpView(
        @Schema(example = "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21") UUID id,
        UUID workshopId,
        @Schema(description = "PENDING: an application (admission APPROVAL), decided by an organiser",
                enumeration = {"CONFIRMED", "WAITLISTED", "PENDING"}, example = "CONFIRMED") String status,
        @Schema(description = "1-based place on the waitlist; null when confirmed", nullable = true) Integer waitlistPosition,
        @Schema(description = "Secret for the attendee's own reads and cancellation (X-Manage-Token or ?token=); shown once",
                example = "q3V8m1JtY2cN0bXl9ZcP4rLw6Ha7sKd2EoFuGiBnTxQ") String manageToken,
        OffsetDateTime registeredAt) {

    /** A registration as its sign-up's answer, with its manage token (just made, or opened from the sealed copy). */
    public static SignUpView of(Registration registration, String manageToken) {
        return new SignUpView(registration.id, registration.workshopId, registration.status.name(),
                registration.waitlistPosition, manageToken, Times.utc(registration.registeredAt));
    }

    /** The same answer with another manage token (null: the form that is stored for idempotent replays). */
    public SignUpView withManageToken(String token) {
        return new SignUpView(id, workshopId, status, waitlistPosition, token, registeredAt);
    }

    public SignUpView withoutManageToken() {
        return withManageToken(null);
    }
}
