package org.convene.notification.service;

import java.util.UUID;

import org.convene.notification.domain.NotificationType;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An email to put in the ledger. {@code eventId} + {@code recipient} + {@code type} identify it: queueing the same
 * draft twice creates one row.
 *
 * @param payload what the templates need: {@code workshop}, {@code registrationId}, {@code manageTokenSealed},
 *        {@code waitlistPosition}, {@code calendar} (REQUEST or CANCEL), {@code body}, ...
 */
public record Draft(String eventId, NotificationType type, String recipient, String recipientName, UUID memberId,
        UUID workshopId, UUID registrationId, ObjectNode payload) {
}
