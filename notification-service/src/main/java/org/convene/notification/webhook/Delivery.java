package org.convene.notification.webhook;

import java.time.Instant;
import java.util.UUID;

/** One event for one subscription: the delivery log's row. */
public record Delivery(UUID id, String eventId, String eventType, DeliveryStatus status, int attempts,
        Integer lastResponseCode, Long lastDurationMs, String lastError, Instant createdAt, Instant deliveredAt,
        Instant nextAttemptAt) {
}
