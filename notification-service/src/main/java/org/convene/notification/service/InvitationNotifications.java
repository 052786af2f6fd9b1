package org.convene.notification.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.NotificationType;
import org.convene.notification.domain.Workshop;
import org.convene.notification.messaging.WorkshopSnapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The invitation email, once per invitation.created (the ledger's event + recipient + type). */
@ApplicationScoped
public class InvitationNotifications {

    @Inject
    Replicas replicas;

    @Inject
    Ledger ledger;

    @Transactional(Transactional.TxType.MANDATORY)
    public void invited(String eventId, UUID invitationId, String email, String fullName, UUID memberId,
            String tokenSealed, WorkshopSnapshot snapshot) {
        Workshop workshop = replicas.applyWorkshop(snapshot, null);
        ObjectNode payload = Payloads.of(workshop);
        payload.put("invitationId", invitationId.toString());
        payload.put("invitationTokenSealed", tokenSealed);
        ledger.queue(new Draft(eventId, NotificationType.INVITATION, email, fullName, memberId, workshop.id, null,
                payload));
    }
}
