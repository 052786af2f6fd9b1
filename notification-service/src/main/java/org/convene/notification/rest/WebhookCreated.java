package org.convene.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.convene.notification.webhook.CreatedSubscription;
import org.convene.notification.webhook.Subscription;
import org.convene.notification.webhook.SubscriptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a create: the subscription and its signing secret, shown only here. */
@Schema(name = "WebhookCreated")
public record WebhookCreated(UUID id, String url, List<String> eventTypes,
        @Schema(nullable = true) String description, SubscriptionStatus status,
        @Schema(description = "The Standard Webhooks signing secret (whsec_ + base64 of 32 bytes): shown only in this"
                + " answer; verify webhook-signature with it", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwC1IOeYvnlDc=")
        String secret,
        Instant createdAt, Instant updatedAt, @Schema(nullable = true) Instant disabledAt) {

    public static WebhookCreated of(CreatedSubscription created) {
        Subscription s = created.subscription();
        return new WebhookCreated(s.id(), s.url(), s.eventTypes(), s.description(), s.status(), created.secret(),
                s.createdAt(), s.updatedAt(), s.disabledAt());
    }
}
