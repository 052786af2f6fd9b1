package org.convene.registration.rest;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.convene.platform.validation.Emails;
import org.convene.platform.validation.PlainText;
import org.convene.registration.service.TransferCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransferRequest")
public record TransferRequest(
        @Schema(example = "Farhana Akter") @NotBlank @Size(max = 200) @PlainText String fullName,
        @Schema(description = "The colleague's email (normalised like a sign-up's); their own manage token is sent"
                + " there", example = "farhana.akter@dncc.example")
        @NotBlank @Email @Size(max = 254) @PlainText(joiners = false) String email,
        @Schema(description = "The colleague's city; default: the registration's. Under a seat allocation it must be"
                + " of the same group", nullable = true) UUID cityId) {

    public TransferRequest {
        email = Emails.normalise(email);
    }

    public TransferCommand command() {
        return new TransferCommand(fullName.trim(), email.trim(), cityId);
    }
}
