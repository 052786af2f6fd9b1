package org.convene.portal.console.outreach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** notification-service's answers and requests, the fields the console uses (the API's OpenAPI names them). */
public final class OutreachViews {

    private OutreachViews() {
    }

    /** {@code POST /api/v1/announcements}. */
    public record AnnouncementRequest(UUID workshopId, String subject, String body) {
    }

    /** Its 202 answer: one ledger row per active registrant, SUPPRESSED for who turned announcements off. */
    public record AnnouncementAccepted(UUID id, UUID workshopId, int queued, int suppressed) {
    }

    /** One row of the delivery ledger ({@code GET /api/v1/notifications}). */
    public record Notification(UUID id, String eventId, String type, String recipient, String subject,
            String language, String status, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt,
            Instant createdAt, UUID workshopId, UUID registrationId, String suppressedReason) {
    }

    /** A webhook subscription, never with its secret. */
    public record Webhook(UUID id, String url, List<String> eventTypes, String description, String status,
            Instant createdAt, Instant updatedAt, Instant disabledAt) {

        public Webhook {
            eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        }

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    /** The answer to a create: the subscription and its signing secret, shown only this once. */
    public record WebhookCreated(UUID id, String url, List<String> eventTypes, String description, String status,
            String secret, Instant createdAt) {
    }

    /** {@code POST /api/v1/webhooks}. */
    public record WebhookRequest(String url, List<String> eventTypes, String description) {
    }

    /** One event for one webhook ({@code GET /api/v1/webhooks/{id}/deliveries}). */
    public record Delivery(UUID id, String eventId, String eventType, String status, int attempts,
            Integer lastResponseCode, Long lastDurationMs, String lastError, Instant createdAt, Instant deliveredAt,
            Instant nextAttemptAt) {

        /** A retry is asked for a delivery not DELIVERED yet (the webhook must be ACTIVE). */
        public boolean retryable() {
            return !"DELIVERED".equals(status);
        }
    }
}
