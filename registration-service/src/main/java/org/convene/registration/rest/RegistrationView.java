package org.convene.registration.rest;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Registration")
public record RegistrationView(
        @Schema(example = "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21") UUID id,
        UUID workshopId,
        @Schema(enumeration = {"CONFIRMED", "WAITLISTED", "CANCELLED"}, example = "CONFIRMED") String status,
        @Schema(nullable = true) Integer waitlistPosition,
        @Schema(example = "Rafiqul Islam") String fullName,
        @Schema(example = "rafiqul.islam@dncc.example") String email,
        UUID cityId,
        String organisation,
        UUID memberId,
        Map<String, String> answers,
        OffsetDateTime registeredAt,
        OffsetDateTime confirmedAt,
        OffsetDateTime cancelledAt,
        @Schema(enumeration = {"ATTENDEE", "ORGANISER", "WORKSHOP"}, nullable = true) String cancelledBy,
        OffsetDateTime checkedInAt) {
}
