package org.convene.directory.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.convene.directory.domain.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation")
public record OrganisationView(
        @Schema(example = "0193a4b1-7000-7c21-8d11-5e2a9c0f4b12") UUID id,
        @Schema(example = "Kolkata Municipal Corporation") String name,
        @Schema(example = "MUNICIPALITY") OrganisationKind kind,
        @Schema(example = "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20") UUID cityId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
