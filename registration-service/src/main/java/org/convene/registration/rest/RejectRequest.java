package org.convene.registration.rest;

import jakarta.validation.constraints.Size;

import org.convene.platform.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectRequest")
public record RejectRequest(
        @Schema(description = "Told to the applicant in the rejection email", nullable = true,
                example = "This workshop is for ward-level practitioners; the spring one fits your role.")
        @Size(max = 2000) @PlainText(multiline = true) String reason) {
}
