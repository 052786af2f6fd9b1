package org.convene.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.convene.notification.webhook.Delivery;
import org.convene.notification.webhook.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event for one webhook. {@code lastResponseCode}, {@code lastDurationMs} are those of the latest attempt;
 * {@code lastError} is the error of the latest failed attempt and stays after a later success.
 */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(UUID id, String eventId, String eventType, DeliveryStatus status, int attempts,
        @Schema(nullable = true, description = "HTTP status of the latest attempt; null when there was no answer")
        Integer lastResponseCode,
        @Schema(nullable = true) Long lastDurationMs,
        @Schema(nullable = true, maxLength = 500) String lastError,
        Instant createdAt,
        @Schema(nullable = true) Instant deliveredAt,
        @Schema(nullable = true, description = "When a PENDING delivery is tried next") Instant nextAttemptAt) {

    public static WebhookDeliveryView of(Delivery d) {
        return new WebhookDeliveryView(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(),
                d.lastResponseCode(), d.lastDurationMs(), d.lastError(), d.createdAt(), d.deliveredAt(),
                d.nextAttemptAt());
    }
}
