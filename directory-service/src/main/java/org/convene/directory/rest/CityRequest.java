package org.convene.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.convene.directory.config.CountryCode;
import org.convene.platform.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CityRequest")
public record CityRequest(
        @Schema(example = "Kolkata") @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(description = "ISO 3166-1 alpha-2", example = "IN") @NotNull @CountryCode String countryCode,
        @Schema(example = "South Asia") @Size(max = 100) @PlainText String region) {
}
