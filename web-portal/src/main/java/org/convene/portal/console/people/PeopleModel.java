package org.convene.portal.console.people;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** The services' documents the people pages read and send (the fields they use). */
public final class PeopleModel {

    private PeopleModel() {
    }

    /** A registration (an application while PENDING) as organisers see it. */
    public record Person(UUID id, UUID workshopId, String status, Integer waitlistPosition, String fullName,
            String email, UUID cityId, String organisation, UUID memberId, Map<String, JsonNode> answers,
            OffsetDateTime registeredAt, OffsetDateTime confirmedAt, OffsetDateTime cancelledAt, String cancelledBy,
            OffsetDateTime checkedInAt, boolean listed, String rejectionReason) {

        public Person {
            answers = answers == null ? Map.of() : answers;
        }
    }

    /** POST /registrations/{id}/reject: the reason, emailed to the applicant. */
    public record RejectBody(String reason) {
    }

    /** An invitation as the organisers see it (never its token). */
    public record InvitationItem(UUID id, UUID workshopId, String fullName, String email, UUID memberId, UUID cityId,
            UUID organisationId, String via, boolean skipApproval, String status, OffsetDateTime invitedAt,
            OffsetDateTime answeredAt, String declineReason, UUID registrationId) {

        /** Pending or declined: the organisers may still withdraw it. */
        public boolean revocable() {
            return "PENDING".equals(status) || "DECLINED".equals(status);
        }
    }

    /** POST /workshops/{id}/invitations (InviteRequest): members, cities, organisations and named people. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record InviteBody(List<UUID> memberIds, List<UUID> cityIds, List<UUID> organisationIds,
            List<InvitedPerson> people, Boolean skipApproval) {
    }

    public record InvitedPerson(String fullName, String email) {
    }

    /** What an invite call did. */
    public record InviteOutcome(int created, int alreadyInvited, List<Skipped> skipped) {

        public InviteOutcome {
            skipped = skipped == null ? List.of() : List.copyOf(skipped);
        }

        public record Skipped(String item, UUID id, String reason) {
        }
    }

    public record DirectoryOrganisation(UUID id, String name, String kind, UUID cityId) {
    }

    public record DirectoryMember(UUID id, String fullName, String email, UUID cityId, UUID organisationId,
            String title) {
    }
}
