package org.convene.registration.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.convene.platform.validation.Emails;
import org.convene.platform.validation.PlainText;
import org.convene.registration.service.InviteCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InviteRequest")
public record InviteRequest(
        @Schema(description = "Members of the directory (its replica here); unknown or erased ones are skipped")
        @Size(max = 10000) List<@NotNull UUID> memberIds,
        @Schema(description = "Every member of these cities") @Size(max = 1000) List<@NotNull UUID> cityIds,
        @Schema(description = "Every member of these organisations") @Size(max = 1000) List<@NotNull UUID> organisationIds,
        @Schema(description = "People outside the directory") @Size(max = 10000) List<@Valid @NotNull Person> people,
        @Schema(description = "Whether accepting skips approval on an APPROVAL workshop; default true",
                example = "true") Boolean skipApproval) {

    @Schema(name = "InvitedPerson")
    public record Person(
            @Schema(example = "Amina Yusuf") @NotBlank @Size(max = 200) @PlainText String fullName,
            @Schema(example = "amina.yusuf@lagos.example") @NotBlank @Email @Size(max = 254)
            @PlainText(joiners = false) String email) {

        public Person {
            email = Emails.normalise(email);
        }
    }

    public InviteCommand command() {
        return new InviteCommand(orEmpty(memberIds), orEmpty(cityIds), orEmpty(organisationIds),
                orEmpty(people).stream().map(p -> new InviteCommand.Person(p.fullName().trim(), p.email())).toList(),
                !Boolean.FALSE.equals(skipApproval));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
