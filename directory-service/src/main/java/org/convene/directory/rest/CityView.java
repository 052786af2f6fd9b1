package org.convene.directory.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "City")
public record CityView(
        @Schema(example = "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20") UUID id,
        @Schema(example = "Kolkata") String name,
        @Schema(example = "IN") String countryCode,
        @Schema(example = "South Asia") String region,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
