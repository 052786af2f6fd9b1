package org.convene.notification.messaging;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.contract.ConsumedEvents;
import org.convene.notification.service.Members;
import org.convene.notification.webhook.WebhookDeliveries;
import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.EventRoutes;
import org.convene.platform.inbox.IncomingEvent;

/** directory.members.v1 → the member replica (preferred language), and erasure. */
@ApplicationScoped
public class MemberEventsHandler implements EventHandler {

    @Inject
    Members members;

    @Inject
    WebhookDeliveries webhooks;

    @Override
    public String name() {
        return "members";
    }

    @Override
    public Set<String> topics() {
        return Set.of(ConsumedEvents.MEMBERS_TOPIC);
    }

    private final EventRoutes routes = new EventRoutes()
            .on(ConsumedEvents.MEMBER_CREATED, this::upsert)
            .on(ConsumedEvents.MEMBER_UPDATED, this::upsert)
            .on(ConsumedEvents.MEMBER_ERASED, event -> members.erase(UUID.fromString(Json.text(event.data(), "id", true))));

    /** The types this handler binds. */
    Set<String> types() {
        return routes.types();
    }

    @Override
    public void handle(IncomingEvent event) {
        routes.dispatch(event);
        webhooks.record(event); // a known type: one delivery per matching webhook, in this transaction
    }

    private void upsert(IncomingEvent event) {
        members.upsert(UUID.fromString(Json.text(event.data(), "id", true)), Json.text(event.data(), "email", true),
                Json.text(event.data(), "fullName", false), Json.text(event.data(), "preferredLanguage", false));
    }
}
