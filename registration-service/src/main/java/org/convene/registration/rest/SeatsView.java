package org.convene.registration.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workshop's seats, overall and per allocation group. */
@Schema(name = "Seats")
public record SeatsView(
        @Schema(example = "30") int capacity,
        @Schema(example = "27") int confirmed,
        @Schema(example = "4") int waitlisted,
        @Schema(description = "Applications waiting for an organiser (admission APPROVAL)", example = "2") int pending,
        @Schema(description = "When the group limits lift; null: never, or no allocation", nullable = true)
        OffsetDateTime releaseAt,
        @Schema(description = "true from releaseAt on: the group limits no longer apply") boolean released,
        @Schema(description = "One entry per group someone registered from, by key") List<Group> groups) {

    @Schema(name = "SeatGroup")
    public record Group(
            @Schema(description = "City id (by CITY) or country code (by COUNTRY)",
                    example = "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21") String key,
            @Schema(example = "2") int limit,
            @Schema(example = "2") int confirmed,
            @Schema(example = "1") int waitlisted) {
    }
}
