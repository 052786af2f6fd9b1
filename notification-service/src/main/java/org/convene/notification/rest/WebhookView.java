package org.convene.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.convene.notification.webhook.Subscription;
import org.convene.notification.webhook.SubscriptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as its organiser reads it: never the secret. */
@Schema(name = "Webhook")
public record WebhookView(UUID id, String url, List<String> eventTypes, @Schema(nullable = true) String description,
        SubscriptionStatus status, Instant createdAt, Instant updatedAt,
        @Schema(nullable = true, description = "When it was disabled, by its organiser or after failing")
        Instant disabledAt) {

    public static WebhookView of(Subscription s) {
        return new WebhookView(s.id(), s.url(), s.eventTypes(), s.description(), s.status(), s.createdAt(),
                s.updatedAt(), s.disabledAt());
    }
}
