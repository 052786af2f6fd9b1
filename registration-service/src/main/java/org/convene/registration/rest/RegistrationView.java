package org.convene.registration.rest;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.convene.registration.domain.CancelledBy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Registration")
public record RegistrationView(
        @Schema(example = "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21") UUID id,
        UUID workshopId,
        @Schema(enumeration = {"PENDING", "CONFIRMED", "WAITLISTED", "REJECTED", "CANCELLED"}, example = "CONFIRMED") String status,
        @Schema(nullable = true) Integer waitlistPosition,
        @Schema(example = "Rafiqul Islam") String fullName,
        @Schema(example = "rafiqul.islam@dncc.example") String email,
        @Schema(nullable = true) UUID cityId,
        @Schema(nullable = true) String organisation,
        @Schema(nullable = true) UUID memberId,
        @Schema(description = "Question key → JSON value", nullable = true) Map<String, Object> answers,
        OffsetDateTime registeredAt,
        @Schema(nullable = true) OffsetDateTime confirmedAt,
        @Schema(nullable = true) OffsetDateTime cancelledAt,
        @Schema(description = "Who cancelled: ATTENDEE, ORGANISER or WORKSHOP; null while active", nullable = true,
                implementation = CancelledBy.class) String cancelledBy,
        @Schema(nullable = true) OffsetDateTime checkedInAt,
        @Schema(description = "Consent to appear on the participant list") boolean listed,
        @Schema(description = "The organiser's reason, when REJECTED", nullable = true) String rejectionReason) {
}
