package org.convene.directory.rest;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.convene.directory.service.MemberDetails;
import org.convene.platform.validation.Emails;
import org.convene.platform.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// The API form of service.MemberDetails: the same fields and constraints, with the document's examples.
@Schema(name = "MemberRequest")
public record MemberRequest(
        @Schema(example = "অনিন্দিতা সেন") @NotBlank @Size(max = 200) @PlainText String fullName,
        @Schema(description = "Normalised (Unicode NFKC, trimmed); control and invisible formatting characters are"
                + " refused", example = "anindita.sen@kmc.example")
        @NotBlank @Email @Size(max = 254) @PlainText(joiners = false) String email,
        @NotNull UUID cityId,
        UUID organisationId,
        @Schema(example = "Urban planner") @Size(max = 200) @PlainText String title,
        @Schema(example = "+91 33 2286 1000") @Size(max = 40) @Pattern(regexp = MemberDetails.PHONE_PATTERN,
                message = MemberDetails.PHONE_MESSAGE) String phone,
        @Schema(description = "BCP 47 language tag", example = "bn") @Size(max = 20) @Pattern(
                regexp = MemberDetails.LANGUAGE_PATTERN, message = MemberDetails.LANGUAGE_MESSAGE)
        String preferredLanguage) {

    public MemberRequest {
        email = Emails.normalise(email);
    }
}
