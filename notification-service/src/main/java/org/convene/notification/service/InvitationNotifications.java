package org.convene.notification.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.NotificationType;
import org.convene.notification.domain.Workshop;
import org.convene.notification.messaging.WorkshopSnapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The invitation email (invitation.created) and its reminder (invitation.reminder-due), each once per event
 * (the ledger's event + recipient + type); an answer or a revocation suppresses those not yet sent.
 */
@ApplicationScoped
public class InvitationNotifications {

    /** What an invitation event says about the invitee, with the token still sealed. */
    public record Invited(UUID invitationId, String email, String fullName, UUID memberId, String tokenSealed,
            WorkshopSnapshot workshop) {
    }

    @Inject
    Replicas replicas;

    @Inject
    Ledger ledger;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void invited(String eventId, NotificationType type, Invited invited) {
        Workshop workshop = replicas.applyWorkshop(invited.workshop(), null);
        ObjectNode payload = Payloads.of(workshop);
        payload.put("invitationId", invited.invitationId().toString());
        payload.put("invitationTokenSealed", invited.tokenSealed());
        ledger.queue(new Draft(eventId, type, invited.email(), invited.fullName(), invited.memberId(), workshop.id,
                null, payload));
    }

    /**
     * The invitation was accepted, declined or revoked: its invitation email and reminder that are still PENDING
     * are SUPPRESSED (SUPERSEDED). One a sender holds under a live claim is being sent now and is left alone.
     * Returns how many were suppressed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int settled(UUID invitationId, UUID workshopId) {
        return em.createNativeQuery("""
                update notification set status = 'SUPPRESSED', suppressed_reason = 'SUPERSEDED', next_attempt_at = null
                where workshop_id = ?1 and type in ('INVITATION', 'INVITATION_REMINDER') and status = 'PENDING'
                  and cast(payload as jsonb) ->> 'invitationId' = ?2
                  and (claimed_until is null or claimed_until < now())""")
                .setParameter(1, workshopId).setParameter(2, invitationId.toString()).executeUpdate();
    }
}
