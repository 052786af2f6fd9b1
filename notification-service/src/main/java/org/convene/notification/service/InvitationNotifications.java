package org.convene.notification.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.NotificationType;
import org.convene.notification.domain.Workshop;

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

    @Transactional(Transactional.TxType.MANDATORY)
    public void invited(String eventId, NotificationType type, Invited invited) {
        Workshop workshop = replicas.applyWorkshop(invited.workshop(), null);
        ObjectNode payload = Payloads.of(workshop);
        payload.put("invitationId", invited.invitationId().toString());
        payload.put("invitationTokenSealed", invited.tokenSealed());
        ledger.queue(new Draft(eventId, type, invited.email(), invited.fullName(), invited.memberId(), workshop.id,
                null, payload));
    }

    /** The invitation was accepted, declined or revoked: its emails not yet sent are not sent (see the Ledger). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int settled(UUID invitationId, UUID workshopId) {
        return ledger.supersedeInvitationEmails(invitationId, workshopId);
    }
}
