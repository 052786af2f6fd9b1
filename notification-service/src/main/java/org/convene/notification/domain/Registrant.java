package org.convene.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Replica of one registration: who to tell when the workshop changes. */
@Entity
@Table(name = "registrant")
public class Registrant {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "workshop_id", nullable = false)
    public UUID workshopId;

    @Column(nullable = false)
    public String email;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrantStatus status;

    /** CONFIRMED or WAITLISTED: what the registration was before any cancellation (who holds an invitation). */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_active_status", nullable = false)
    public RegistrantStatus lastActiveStatus;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "manage_token_sealed")
    public String manageTokenSealed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean active() {
        return status.active();
    }

    /** Whether this person holds a calendar invitation: confirmed now, or confirmed when the workshop was cancelled. */
    public boolean holdsInvitation() {
        return status == RegistrantStatus.CONFIRMED
                || (status == RegistrantStatus.CANCELLED && lastActiveStatus == RegistrantStatus.CONFIRMED);
    }
}
