package org.convene.notification.messaging;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.service.Members;
import org.convene.notification.webhook.WebhookDeliveries;
import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.IncomingEvent;
import org.convene.platform.inbox.UnknownEventTypeException;

/** directory.members.v1 → the member replica (preferred language), and erasure. */
@ApplicationScoped
public class MemberEventsHandler implements EventHandler {

    public static final String TOPIC = "directory.members.v1";

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
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case "convene.member.created.v1", "convene.member.updated.v1" -> members.upsert(
                    UUID.fromString(Json.text(event.data(), "id", true)), Json.text(event.data(), "email", true),
                    Json.text(event.data(), "fullName", false), Json.text(event.data(), "preferredLanguage", false));
            case "convene.member.erased.v1" -> members.erase(UUID.fromString(Json.text(event.data(), "id", true)));
            default -> throw new UnknownEventTypeException(event.type());
        }
        webhooks.record(event); // a known type: one delivery per matching webhook, in this transaction
    }
}
