package org.convene.registration.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.convene.platform.problem.ProblemException;

/**
 * A personal invitation to one workshop, bound to one email. Its token is kept only as a hash (to check a link) and
 * sealed (to send it again); {@code via} says why this person was invited (member, city, organisation, person).
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    public UUID id;

    @Column(name = "workshop_id", nullable = false)
    public UUID workshopId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String email;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "city_id")
    public UUID cityId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(nullable = false)
    public String via;

    @Column(name = "skip_approval", nullable = false)
    public boolean skipApproval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvitationStatus status;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "token_sealed", nullable = false)
    public String tokenSealed;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "registration_id")
    public UUID registrationId;

    /** When its reminder was found due and announced (invitation.reminder-due); null: not (yet). */
    @Column(name = "reminder_due_at")
    public Instant reminderDueAt;

    /** 410 once revoked: the link no longer works. */
    public void requireNotRevoked() {
        if (status == InvitationStatus.REVOKED) {
            throw revoked();
        }
    }

    /** The answer to any use of a revoked invitation's link. */
    public static ProblemException revoked() {
        return new ProblemException(410, "invitation-revoked", "Invitation revoked",
                "the organisers withdrew this invitation");
    }

    public void accepted(UUID registration, Instant now) {
        status = InvitationStatus.ACCEPTED;
        registrationId = registration;
        answeredAt = now;
        declineReason = null;
    }

    /** Declines (again: the reason is replaced). 422 once accepted: the registration is cancelled with its own link. */
    public void decline(String reason, Instant now) {
        requireNotRevoked();
        if (status == InvitationStatus.ACCEPTED) {
            throw ProblemException.rule("invitation-accepted", "Invitation accepted",
                    "this invitation was accepted; cancel the registration with its manage link instead");
        }
        status = InvitationStatus.DECLINED;
        declineReason = reason;
        answeredAt = now;
    }

    /** Revokes a pending or declined invitation (true), or changes nothing (false: revoked or accepted already). */
    public boolean revoke(Instant now) {
        if (status == InvitationStatus.ACCEPTED) {
            throw ProblemException.rule("invitation-accepted", "Invitation accepted",
                    "this invitation was accepted; cancel its registration instead");
        }
        if (status == InvitationStatus.REVOKED) {
            return false;
        }
        status = InvitationStatus.REVOKED;
        answeredAt = now;
        return true;
    }
}
