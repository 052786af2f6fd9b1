package org.convene.directory.rest;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.convene.platform.validation.Emails;
import org.convene.platform.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberRequest")
public record MemberRequest(
        @Schema(example = "অনিন্দিতা সেন") @NotBlank @Size(max = 200) @PlainText String fullName,
        @Schema(description = "Normalised (Unicode NFKC, trimmed); control and invisible formatting characters are"
                + " refused", example = "anindita.sen@kmc.example")
        @NotBlank @Email @Size(max = 254) @PlainText(joiners = false) String email,
        @NotNull UUID cityId,
        UUID organisationId,
        @Schema(example = "Urban planner") @Size(max = 200) @PlainText String title,
        @Schema(example = "+91 33 2286 1000") @Size(max = 40) @Pattern(regexp = "^[+0-9 ()./-]*$",
                message = "may contain only digits, spaces and + ( ) . / -") String phone,
        @Schema(description = "BCP 47 language tag", example = "bn") @Size(max = 20) @Pattern(
                regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a BCP 47 language tag such as bn or en-GB")
        String preferredLanguage) {

    public MemberRequest {
        email = Emails.normalise(email);
    }
}
