package org.convene.registration.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.convene.platform.validation.Emails;
import org.convene.platform.validation.PlainText;
import org.convene.registration.service.SignUpCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "SignUpRequest")
public record SignUpRequest(
        @Schema(example = "Rafiqul Islam") @NotBlank @Size(max = 200) @PlainText String fullName,
        @Schema(description = "Normalised (Unicode NFKC, trimmed); control and invisible formatting characters are"
                + " refused", example = "rafiqul.islam@dncc.example")
        @NotBlank @Email @Size(max = 254) @PlainText(joiners = false) String email,
        @Schema(description = "A city of the network (checked against the replica of the directory)",
                example = "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21") UUID cityId,
        @Schema(example = "Dhaka North City Corporation") @Size(max = 200) @PlainText String organisation,
        @Schema(description = "The attendee's member id in the directory, if they have one") UUID memberId,
        @Schema(description = "Answers to the workshop's questions: question key → a JSON value of the question's"
                + " type (string, option key, array of option keys, boolean, number, YYYY-MM-DD, ISO 3166-1"
                + " alpha-2). Unknown key, missing required answer, wrong type or unknown option: 400 naming"
                + " answers.<key>", example = "{\"diet\": \"vegetarian\", \"arrival\": \"2026-12-02\","
                + " \"visa-letter\": true}")
        @Size(max = 30) Map<@Size(min = 1, max = 40) String, JsonNode> answers,
        @Schema(description = "Consent to appear on the workshop's participant list (name, city, organisation);"
                + " default false", example = "true") Boolean listed) {

    public SignUpRequest {
        email = Emails.normalise(email);
    }

    public SignUpCommand command() {
        return new SignUpCommand(fullName.trim(), email.trim(), cityId, organisation, memberId, answers,
                Boolean.TRUE.equals(listed));
    }
}
