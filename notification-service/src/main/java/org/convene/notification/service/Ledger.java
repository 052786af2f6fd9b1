package org.convene.notification.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.notification.config.SenderConfig;
import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.domain.SuppressedReason;
import org.convene.platform.Ids;
import org.convene.platform.validation.Emails;

/**
 * Writes emails into the delivery ledger, in the caller's transaction (the one that also records the consumed event).
 * The unique key {@code (event_id, recipient, type)} makes queueing idempotent.
 */
@ApplicationScoped
public class Ledger {

    @Inject
    EntityManager em;

    @Inject
    Languages languages;

    @Inject
    Preferences preferences;

    @Inject
    Subjects subjects;

    @Inject
    SenderConfig senderConfig;

    @Inject
    Event<NotificationQueued> queued;

    /** Returns the new row's id, or null if this email was already in the ledger. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(Draft draft) {
        String recipient = normalise(draft.recipient());
        String language = languages.of(draft.memberId(), recipient);
        boolean wanted = draft.type().essential() || preferences.wants(recipient, draft.type());
        NotificationStatus status = wanted ? NotificationStatus.PENDING : NotificationStatus.SUPPRESSED;
        UUID id = Ids.newId();
        Instant now = Instant.now();
        int inserted = em.createNativeQuery("""
                insert into notification (id, event_id, type, recipient, recipient_name, language, subject, status,
                    essential, attempts, next_attempt_at, created_at, workshop_id, registration_id, message_id, payload,
                    suppressed_reason)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                on conflict (event_id, recipient, type) do nothing""")
                .setParameter(1, id)
                .setParameter(2, draft.eventId())
                .setParameter(3, draft.type().name())
                .setParameter(4, recipient)
                .setParameter(5, draft.recipientName())
                .setParameter(6, language)
                .setParameter(7, subjects.of(draft.type(), language, draft.payload()))
                .setParameter(8, status.name())
                .setParameter(9, draft.type().essential())
                .setParameter(10, wanted ? now : null)
                .setParameter(11, now)
                .setParameter(12, draft.workshopId())
                .setParameter(13, draft.registrationId())
                .setParameter(14, "<" + id + "@" + senderConfig.messageIdDomain() + ">")
                .setParameter(15, draft.payload().toString())
                .setParameter(16, wanted ? null : SuppressedReason.OPTED_OUT.name())
                .executeUpdate();
        if (inserted == 0) {
            return null;
        }
        supersedeEarlier(draft, id, now);
        if (wanted) {
            queued.fire(new NotificationQueued(id));
        }
        return id;
    }

    /**
     * Suppresses the unsent emails of the same registration that this one makes moot. A row a sender holds under a
     * live claim is left alone: it is being sent now, before this one (the sender keeps a registration's emails in
     * order), or it fails and {@code DeliveryQueue} suppresses it then.
     */
    private void supersedeEarlier(Draft draft, UUID id, Instant now) {
        if (draft.registrationId() == null || draft.type().supersedes().isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                update notification set status = 'SUPPRESSED', suppressed_reason = 'SUPERSEDED', next_attempt_at = null
                where registration_id = ?1 and status = 'PENDING' and id <> ?2 and created_at <= ?3
                  and type = any (cast(?4 as text[])) and (claimed_until is null or claimed_until < now())""")
                .setParameter(1, draft.registrationId())
                .setParameter(2, id)
                .setParameter(3, now)
                .setParameter(4, "{" + String.join(",", draft.type().supersedes().stream().map(Enum::name).toList())
                        + "}")
                .executeUpdate();
    }

    /**
     * The invitation was answered or revoked: its INVITATION and INVITATION_REMINDER emails still PENDING become
     * SUPPRESSED (SUPERSEDED). One a sender holds under a live claim is being sent now and is left alone, as in
     * {@link #supersedeEarlier}. Returns how many were suppressed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int supersedeInvitationEmails(UUID invitationId, UUID workshopId) {
        return em.createNativeQuery("""
                update notification set status = 'SUPPRESSED', suppressed_reason = 'SUPERSEDED', next_attempt_at = null
                where workshop_id = ?1 and type in ('INVITATION', 'INVITATION_REMINDER') and status = 'PENDING'
                  and cast(payload as jsonb) ->> 'invitationId' = ?2
                  and (claimed_until is null or claimed_until < now())""")
                .setParameter(1, workshopId).setParameter(2, invitationId.toString()).executeUpdate();
    }

    /** The ledger's form of an address: the platform's normal form (NFKC, trimmed) in lower case. */
    public static String normalise(String email) {
        return Emails.key(email);
    }
}
