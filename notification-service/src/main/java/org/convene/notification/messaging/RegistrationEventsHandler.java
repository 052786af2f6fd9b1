package org.convene.notification.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.service.RegistrationNotifications;
import org.convene.notification.webhook.WebhookDeliveries;
import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.IncomingEvent;
import org.convene.platform.inbox.UnknownEventTypeException;

/** registration.registrations.v1 → ledger rows (and the registrant replica), in the consuming transaction. */
@ApplicationScoped
public class RegistrationEventsHandler implements EventHandler {

    public static final String TOPIC = "registration.registrations.v1";

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
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case "convene.registration.confirmed.v1" ->
                    notifications.confirmed(event.id(), EventPayloads.registration(event.data()));
            case "convene.registration.waitlisted.v1" ->
                    notifications.waitlisted(event.id(), EventPayloads.registration(event.data()));
            case "convene.registration.promoted.v1" ->
                    notifications.promoted(event.id(), EventPayloads.registration(event.data()));
            case "convene.registration.cancelled.v1" ->
                    notifications.cancelled(event.id(), EventPayloads.registration(event.data()));
            case "convene.registration.submitted.v1" ->
                    notifications.applicationReceived(event.id(), EventPayloads.registration(event.data()));
            case "convene.registration.approved.v1" ->
                    notifications.approved(event.id(), EventPayloads.registration(event.data()));
            case "convene.registration.rejected.v1" -> notifications.applicationRejected(event.id(),
                    EventPayloads.registration(event.data()), Json.text(event.data(), "reason", false));
            case "convene.registration.transferred.v1" -> notifications.transferred(event.id(),
                    EventPayloads.registration(event.data()), Json.required(event.data(), "previous"));
            case "convene.registration.updated.v1" -> notifications.updated(EventPayloads.registration(event.data()));
            case "convene.registration.checked-in.v1", "convene.registration.check-in-undone.v1" ->
                    notifications.attendanceChanged(EventPayloads.registration(event.data()));
            default -> throw new UnknownEventTypeException(event.type());
        }
        webhooks.record(event); // a known type: one delivery per matching webhook, in this transaction
    }
}
