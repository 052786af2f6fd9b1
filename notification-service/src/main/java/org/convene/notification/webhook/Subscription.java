package org.convene.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook subscription as its organiser sees it (never the secret). */
public record Subscription(UUID id, String url, List<String> eventTypes, String description,
        SubscriptionStatus status, Instant createdAt, Instant updatedAt, Instant disabledAt) {
}
