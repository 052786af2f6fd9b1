package org.convene.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.convene.notification.domain.FailedAttempt;
import org.convene.notification.domain.Notification;
import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.domain.NotificationType;
import org.convene.notification.domain.SuppressedReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One ledger row as organisers see it (without the rendering payload). {@code lastError} is the error of the latest
 * failed attempt and stays after a later success; {@code failures} lists every failed attempt.
 */
public record NotificationView(UUID id, String eventId, NotificationType type, String recipient, String subject,
        String language, NotificationStatus status, int attempts, @Schema(nullable = true) String lastError,
        @Schema(nullable = true) Instant nextAttemptAt, @Schema(nullable = true) Instant sentAt, Instant createdAt,
        @Schema(nullable = true) UUID workshopId, @Schema(nullable = true) UUID registrationId,
        @Schema(nullable = true) String messageId, @Schema(nullable = true) SuppressedReason suppressedReason,
        @Schema(implementation = FailedAttempt[].class, description = "every failed attempt, oldest first")
        JsonNode failures) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.eventId, n.type, n.recipient, n.subject, n.language, n.status,
                n.attempts, n.lastError, n.nextAttemptAt, n.sentAt, n.createdAt, n.workshopId, n.registrationId,
                n.messageId, n.suppressedReason, failures(n.failures));
    }

    private static JsonNode failures(String json) {
        try {
            return json == null ? JSON.createArrayNode() : JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
