package org.convene.registration.rest;

import jakarta.validation.constraints.Size;

import org.convene.platform.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeclineRequest")
public record DeclineRequest(
        @Schema(description = "Why, for the organisers' record", nullable = true,
                example = "Our budget session falls on the same days.")
        @Size(max = 2000) @PlainText(multiline = true) String reason) {
}
