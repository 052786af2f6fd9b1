package org.convene.registration.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One consenting participant: no email, no answers. */
@Schema(name = "Participant")
public record ParticipantView(
        @Schema(example = "Rafiqul Islam") String fullName,
        @Schema(nullable = true) UUID cityId,
        @Schema(example = "Dhaka North City Corporation", nullable = true) String organisation) {
}
