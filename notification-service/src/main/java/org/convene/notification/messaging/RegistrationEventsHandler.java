package org.convene.notification.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.contract.ConsumedEvents;
import org.convene.notification.service.RegistrationNotifications;
import org.convene.notification.webhook.WebhookDeliveries;
import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.EventRoutes;
import org.convene.platform.inbox.IncomingEvent;

/** registration.registrations.v1 → ledger rows (and the registrant replica), in the consuming transaction. */
@ApplicationScoped
public class RegistrationEventsHandler implements EventHandler {

    @Inject
    RegistrationNotifications notifications;

    @Inject
    WebhookDeliveries webhooks;

    @Override
    public String name() {
        return "registration-emails";
    }

    @Override
    public Set<String> topics() {
        return Set.of(ConsumedEvents.REGISTRATIONS_TOPIC);
    }

    private final EventRoutes routes = new EventRoutes()
            .on(ConsumedEvents.REGISTRATION_CONFIRMED, EventPayloads::registration,
                    (event, data) -> notifications.confirmed(event.id(), data))
            .on(ConsumedEvents.REGISTRATION_WAITLISTED, EventPayloads::registration,
                    (event, data) -> notifications.waitlisted(event.id(), data))
            .on(ConsumedEvents.REGISTRATION_PROMOTED, EventPayloads::registration,
                    (event, data) -> notifications.promoted(event.id(), data))
            .on(ConsumedEvents.REGISTRATION_CANCELLED, EventPayloads::registration,
                    (event, data) -> notifications.cancelled(event.id(), data))
            .on(ConsumedEvents.REGISTRATION_SUBMITTED, EventPayloads::registration,
                    (event, data) -> notifications.applicationReceived(event.id(), data))
            .on(ConsumedEvents.REGISTRATION_APPROVED, EventPayloads::registration,
                    (event, data) -> notifications.approved(event.id(), data))
            .on(ConsumedEvents.REGISTRATION_REJECTED, EventPayloads::registration,
                    (event, data) -> notifications.applicationRejected(event.id(), data,
                            Json.text(event.data(), "reason", false)))
            .on(ConsumedEvents.REGISTRATION_TRANSFERRED, EventPayloads::registration,
                    (event, data) -> notifications.transferred(event.id(), data, Json.required(event.data(), "previous")))
            .on(ConsumedEvents.REGISTRATION_UPDATED, EventPayloads::registration,
                    (event, data) -> notifications.updated(data))
            .on(ConsumedEvents.REGISTRATION_CHECKED_IN, EventPayloads::registration,
                    (event, data) -> notifications.attendanceChanged(data))
            .on(ConsumedEvents.REGISTRATION_CHECK_IN_UNDONE, EventPayloads::registration,
                    (event, data) -> notifications.attendanceChanged(data));

    /** The types this handler binds. */
    Set<String> types() {
        return routes.types();
    }

    @Override
    public void handle(IncomingEvent event) {
        routes.dispatch(event);
        webhooks.record(event); // a known type: one delivery per matching webhook, in this transaction
    }
}
