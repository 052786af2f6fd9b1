package org.convene.notification.messaging;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.domain.NotificationType;
import org.convene.notification.service.InvitationNotifications;
import org.convene.notification.webhook.WebhookDeliveries;
import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.IncomingEvent;
import org.convene.platform.inbox.UnknownEventTypeException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * registration.invitations.v1 → the invitation email (created) and its reminder (reminder-due); an answer or a
 * revocation sends nothing and stops those not yet sent.
 */
@ApplicationScoped
public class InvitationEventsHandler implements EventHandler {

    public static final String TOPIC = "registration.invitations.v1";

    @Inject
    InvitationNotifications notifications;

    @Inject
    WebhookDeliveries webhooks;

    @Override
    public String name() {
        return "invitation-emails";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "convene.invitation.created.v1" -> notifications.invited(event.id(), NotificationType.INVITATION,
                    invitation(data));
            case "convene.invitation.reminder-due.v1" -> notifications.invited(event.id(),
                    NotificationType.INVITATION_REMINDER, invitation(data));
            case "convene.invitation.accepted.v1", "convene.invitation.declined.v1",
                    "convene.invitation.revoked.v1" ->
                // an acceptance is emailed as its registration (registration.confirmed, ...); none is emailed itself,
                // and each makes the invitation's emails not yet sent moot
                notifications.settled(UUID.fromString(Json.text(data, "invitationId", true)),
                        UUID.fromString(Json.text(data, "workshopId", true)));
            default -> throw new UnknownEventTypeException(event.type());
        }
        webhooks.record(event); // a known type: one delivery per matching webhook, in this transaction
    }

    private static InvitationNotifications.Invited invitation(JsonNode data) {
        return new InvitationNotifications.Invited(UUID.fromString(Json.text(data, "invitationId", true)),
                Json.text(data, "email", true), Json.text(data, "fullName", true),
                uuid(Json.text(data, "memberId", false)), Json.text(data, "tokenSealed", true),
                EventPayloads.workshop(Json.required(data, "workshop")));
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
