package org.convene.registration.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.convene.platform.validation.Emails;
import org.convene.registration.service.AcceptCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "AcceptInvitationRequest", description = "Optional: without a body, the invited person as invited")
public record AcceptInvitationRequest(
        @Schema(description = "If given, must be the invited email (case-insensitive): a forwarded link registers"
                + " nobody else (403 invitation-not-yours)", example = "amina.yusuf@lagos.example")
        @Email @Size(max = 254) String email,
        @Schema(description = "The invitee's city, when the invitation has none (a seat allocation needs one)")
        UUID cityId,
        @Schema(description = "Answers to the workshop's questions, as in a sign-up")
        @Size(max = 30) Map<@Size(min = 1, max = 40) String, JsonNode> answers,
        @Schema(description = "Consent to appear on the participant list; default false") Boolean listed) {

    public AcceptInvitationRequest {
        email = Emails.normalise(email);
    }

    static AcceptInvitationRequest none() {
        return new AcceptInvitationRequest(null, null, null, null);
    }

    AcceptCommand command() {
        return new AcceptCommand(email, cityId, answers, Boolean.TRUE.equals(listed));
    }
}
