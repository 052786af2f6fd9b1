package org.convene.directory.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.convene.directory.domain.OrganisationKind;
import org.convene.platform.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationRequest")
public record OrganisationRequest(
        @Schema(example = "Kolkata Municipal Corporation") @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(example = "MUNICIPALITY") @NotNull OrganisationKind kind,
        @Schema(example = "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20") @NotNull UUID cityId) {
}
