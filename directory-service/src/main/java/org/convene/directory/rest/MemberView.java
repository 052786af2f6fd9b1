package org.convene.directory.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member")
public record MemberView(
        UUID id,
        @Schema(example = "অনিন্দিতা সেন") String fullName,
        @Schema(example = "anindita.sen@kmc.example") String email,
        UUID cityId,
        @Schema(nullable = true) UUID organisationId,
        @Schema(example = "Urban planner") String title,
        String phone,
        @Schema(example = "bn") String preferredLanguage,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
