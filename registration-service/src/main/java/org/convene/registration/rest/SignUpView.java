package org.convene.registration.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a sign-up (service.SignUpAnswer): the only time the manage token is shown. */
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
}
