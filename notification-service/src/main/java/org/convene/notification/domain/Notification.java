package org.convene.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.Formula;

/** One row of the delivery ledger: one email to one recipient because of one event. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationType type;

    @Column(nullable = false)
    public String recipient;

    @Column(name = "recipient_name")
    public String recipientName;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationStatus status;

    @Column(nullable = false)
    public boolean essential;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "workshop_id")
    public UUID workshopId;

    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(nullable = false)
    public String payload;

    /** Why the row is SUPPRESSED; null for every other status. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suppressed_reason")
    public SuppressedReason suppressedReason;

    /**
     * Every failed attempt, oldest first, as a JSON array of {@link FailedAttempt} (written by the sender in SQL, only
     * read here).
     */
    @Formula("failures::text")
    public String failures;

    /** The workshop as the replica has it when the row was claimed (JSON), to render the email as it is now. */
    @Transient
    public String workshopNow;
}
