package org.convene.registration.rest;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.convene.platform.validation.YearBetween;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seats kept per city or per country until releaseAt. */
@Schema(name = "SeatAllocation")
public record SeatAllocationRequest(
        @Schema(enumeration = {"CITY", "COUNTRY"}, example = "CITY") @NotNull
        @Pattern(regexp = "CITY|COUNTRY", message = "must be CITY or COUNTRY") String by,
        @Schema(description = "The limit of every group without an override", example = "2") @NotNull @Min(0)
        @Max(100_000) Integer seatsPerGroup,
        @Schema(description = "City id (by CITY) or ISO 3166-1 alpha-2 code (by COUNTRY) → its own limit",
                example = "{\"0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20\": 4}")
        @Size(max = 1000) Map<@Size(min = 2, max = 36) String, @NotNull @Min(0) @Max(100_000) Integer> overrides,
        @Schema(description = "From then on the group limits no longer apply and the waitlist is promoted in order;"
                + " null: never. " + WorkshopRequest.WHEN, example = "2026-11-28T00:00:00+05:30", nullable = true)
        @YearBetween(min = WorkshopRequest.MIN_YEAR, max = WorkshopRequest.MAX_YEAR) OffsetDateTime releaseAt) {
}
