package org.convene.notification.messaging;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.contract.ConsumedEvents;
import org.convene.notification.domain.NotificationType;
import org.convene.notification.service.InvitationNotifications;
import org.convene.notification.webhook.WebhookDeliveries;
import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.EventRoutes;
import org.convene.platform.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * registration.invitations.v1 → the invitation email (created) and its reminder (reminder-due); an answer or a
 * revocation sends nothing and stops those not yet sent.
 */
@ApplicationScoped
public class InvitationEventsHandler implements EventHandler {

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
        return Set.of(ConsumedEvents.INVITATIONS_TOPIC);
    }

    // an acceptance is emailed as its registration (registration.confirmed, ...); none of these three is emailed
    // itself, and each makes the invitation's emails not yet sent moot
    private final EventRoutes routes = new EventRoutes()
            .on(ConsumedEvents.INVITATION_CREATED, InvitationEventsHandler::invitation,
                    (event, invited) -> notifications.invited(event.id(), NotificationType.INVITATION, invited))
            .on(ConsumedEvents.INVITATION_REMINDER_DUE, InvitationEventsHandler::invitation,
                    (event, invited) -> notifications.invited(event.id(), NotificationType.INVITATION_REMINDER, invited))
            .on(ConsumedEvents.INVITATION_ACCEPTED, this::settle)
            .on(ConsumedEvents.INVITATION_DECLINED, this::settle)
            .on(ConsumedEvents.INVITATION_REVOKED, this::settle);

    /** The types this handler binds. */
    Set<String> types() {
        return routes.types();
    }

    @Override
    public void handle(IncomingEvent event) {
        routes.dispatch(event);
        webhooks.record(event); // a known type: one delivery per matching webhook, in this transaction
    }

    private void settle(IncomingEvent event) {
        notifications.settled(UUID.fromString(Json.text(event.data(), "invitationId", true)),
                UUID.fromString(Json.text(event.data(), "workshopId", true)));
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
