package org.convene.notification.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.service.WorkshopNotifications;
import org.convene.notification.webhook.WebhookDeliveries;
import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.IncomingEvent;
import org.convene.platform.inbox.UnknownEventTypeException;

/** registration.workshops.v1 → the schedule replica, and update / cancellation emails to every registrant. */
@ApplicationScoped
public class WorkshopEventsHandler implements EventHandler {

    public static final String TOPIC = "registration.workshops.v1";

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
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case "convene.workshop.published.v1" -> notifications.published(EventPayloads.workshop(event.data()));
            case "convene.workshop.updated.v1" ->
                    notifications.updated(event.id(), EventPayloads.workshop(event.data()));
            case "convene.workshop.cancelled.v1" -> notifications.cancelled(EventPayloads.workshop(event.data()));
            default -> throw new UnknownEventTypeException(event.type());
        }
        webhooks.record(event); // a known type: one delivery per matching webhook, in this transaction
    }
}
