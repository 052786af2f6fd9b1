package org.convene.notification.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.contract.ConsumedEvents;
import org.convene.notification.service.WorkshopNotifications;
import org.convene.notification.webhook.WebhookDeliveries;
import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.EventRoutes;
import org.convene.platform.inbox.IncomingEvent;

/** registration.workshops.v1 → the schedule replica, and update / cancellation emails to every registrant. */
@ApplicationScoped
public class WorkshopEventsHandler implements EventHandler {

    @Inject
    WorkshopNotifications notifications;

    @Inject
    WebhookDeliveries webhooks;

    @Override
    public String name() {
        return "workshop-emails";
    }

    @Override
    public Set<String> topics() {
        return Set.of(ConsumedEvents.WORKSHOPS_TOPIC);
    }

    private final EventRoutes routes = new EventRoutes()
            .on(ConsumedEvents.WORKSHOP_PUBLISHED, EventPayloads::workshop, (event, workshop) -> notifications.published(workshop))
            .on(ConsumedEvents.WORKSHOP_UPDATED, EventPayloads::workshop,
                    (event, workshop) -> notifications.updated(event.id(), workshop))
            .on(ConsumedEvents.WORKSHOP_CANCELLED, EventPayloads::workshop, (event, workshop) -> notifications.cancelled(workshop));

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
