package org.convene.registration.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.convene.registration.domain.WorkshopStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Workshop")
public record WorkshopView(
        @Schema(example = "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10") UUID id,
        @Schema(example = "Heat resilience for frontline practitioners") String title,
        @Schema(nullable = true) String description,
        UUID hostCityId,
        @Schema(example = "Town Hall, Kolkata", nullable = true) String venue,
        @Schema(example = "Asia/Kolkata") String timezone,
        @Schema(description = "In the workshop's own offset", example = "2026-12-03T09:30:00+05:30") OffsetDateTime startsAt,
        @Schema(example = "2026-12-04T17:00:00+05:30") OffsetDateTime endsAt,
        @Schema(example = "30") int capacity,
        @Schema(example = "28") int confirmedCount,
        @Schema(example = "0") int waitlistCount,
        @Schema(example = "2") int seatsLeft,
        @Schema(description = "Confirmed attendees checked in", example = "0") int attendanceCount,
        @Schema(example = "OPEN", implementation = WorkshopStatus.class) String status,
        @Schema(description = "Whether a sign-up would be accepted now") boolean registrationOpen,
        @Schema(nullable = true) OffsetDateTime registrationOpensAt,
        @Schema(nullable = true) OffsetDateTime registrationClosesAt,
        boolean waitlistEnabled,
        @Schema(description = "iCalendar SEQUENCE: raised by every published schedule change") int sequence,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(enumeration = {"OPEN", "APPROVAL", "INVITATION"}, example = "OPEN") String admission,
        @Schema(description = "The sign-up form's questions") List<QuestionRequest> questions,
        @Schema(nullable = true) SeatAllocationRequest seatAllocation) {
}
