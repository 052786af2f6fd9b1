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

import org.convene.platform.problem.ProblemException;

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

    /** Question key → answer, a JSON value of the question's type (validated by AnswerRules). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> answers;

    /** The allocation group (city id or country code) this registration counts against; null without allocation. */
    @Column(name = "seat_group")
    public String seatGroup;

    /** Consent to appear on the participant list. */
    @Column(nullable = false)
    public boolean listed;

    /** When an organiser approved or rejected the application. */
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    /** The ETag: +1 per change of the attendee's data (PATCH, transfer). */
    @Column(nullable = false)
    public long revision;

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
        return status.isActive();
    }

    // ---- status rules; seats and counters are the workshop's (Workshop.admit, leave, promote) ----

    void confirmAt(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        waitlistPosition = null;
        confirmedAt = now;
    }

    void waitlistAt(int position) {
        status = RegistrationStatus.WAITLISTED;
        waitlistPosition = position;
    }

    void pend() {
        status = RegistrationStatus.PENDING;
        waitlistPosition = null;
    }

    void requirePending(String verb) {
        if (status != RegistrationStatus.PENDING) {
            throw ProblemException.rule("not-pending", "Not pending",
                    "only a PENDING application can be " + verb + "; this registration is " + status);
        }
    }

    /** Cancels (the workshop's counters are changed by Workshop.leave / cancelAll). */
    public void cancel(CancelledBy by, Instant now) {
        status = RegistrationStatus.CANCELLED;
        waitlistPosition = null;
        cancelledAt = now;
        cancelledBy = by;
    }

    public String etag() {
        return "\"r" + revision + "\"";
    }

    /** The person behind a registration before a transfer. */
    public record Holder(String fullName, String email, UUID memberId) {
    }

    /**
     * Hands the registration to a colleague: status, waitlist position and seat group stay; the person, their answers
     * and consent (personal) go; the new manage token replaces the old one, which stops working.
     *
     * @return the person who held it
     */
    public Holder transferTo(String newFullName, String newEmail, String newTokenHash, String newTokenSealed) {
        if (!isActive()) {
            throw ProblemException.rule("not-transferable", "Not transferable",
                    "only a PENDING, CONFIRMED or WAITLISTED registration can be transferred; this one is " + status);
        }
        Holder previous = new Holder(fullName, email, memberId);
        fullName = newFullName;
        email = newEmail;
        memberId = null;
        answers = null;
        listed = false;
        manageTokenHash = newTokenHash;
        manageTokenSealed = newTokenSealed;
        revision++;
        return previous;
    }

    /** Rejects a PENDING application or a WAITLISTED registration; 422 not-rejectable otherwise. */
    public void reject(String reason, Instant now) {
        if (status != RegistrationStatus.PENDING && status != RegistrationStatus.WAITLISTED) {
            throw ProblemException.rule("not-rejectable", "Not rejectable",
                    "only a PENDING or WAITLISTED registration can be rejected; this one is " + status);
        }
        status = RegistrationStatus.REJECTED;
        waitlistPosition = null;
        rejectedAt = now;
        decidedAt = now;
        rejectionReason = reason;
    }
}
