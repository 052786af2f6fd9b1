package org.convene.registration.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.convene.registration.domain.Invitation;
import org.convene.registration.mapping.Times;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invitation as the organisers see it: who, why (via), when and how they answered. Never the token. */
@Schema(name = "Invitation")
public record InvitationView(UUID id, UUID workshopId,
        @Schema(example = "Amina Yusuf") String fullName,
        @Schema(example = "amina.yusuf@lagos.example") String email,
        @Schema(description = "The directory member invited, when invited as one", nullable = true) UUID memberId,
        @Schema(description = "The city the invitation went through, if any", nullable = true) UUID cityId,
        @Schema(description = "The organisation the invitation went through, if any", nullable = true)
        UUID organisationId,
        @Schema(description = "Why this person was invited", enumeration = {"member", "city", "organisation",
                "person"}) String via,
        boolean skipApproval,
        @Schema(enumeration = {"PENDING", "ACCEPTED", "DECLINED", "REVOKED"}) String status,
        OffsetDateTime invitedAt,
        @Schema(description = "When accepted, declined or revoked", nullable = true) OffsetDateTime answeredAt,
        @Schema(nullable = true) String declineReason,
        @Schema(description = "The registration an acceptance made", nullable = true) UUID registrationId) {

    static InvitationView of(Invitation i) {
        return new InvitationView(i.id, i.workshopId, i.fullName, i.email, i.memberId, i.cityId, i.organisationId,
                i.via, i.skipApproval, i.status.name(), Times.utc(i.invitedAt), Times.utc(i.answeredAt),
                i.declineReason, i.registrationId);
    }
}
