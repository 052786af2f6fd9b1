package org.convene.registration.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One attendee's sign-up for one workshop. Changed only under the workshop's row lock. */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    public UUID id;

    @Column(name = "workshop_id", nullable = false)
    public UUID workshopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    /** 1-based place in the waitlist while WAITLISTED, contiguous per workshop; null otherwise. */
    @Column(name = "waitlist_position")
    public Integer waitlistPosition;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String email;

    @Column(name = "city_id")
    public UUID cityId;

    public String organisation;

    @Column(name = "member_id")
    public UUID memberId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> answers;

    @Column(name = "manage_token_hash", nullable = false)
    public String manageTokenHash;

    @Column(name = "manage_token_sealed", nullable = false)
    public String manageTokenSealed;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    public CancelledBy cancelledBy;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }
}
