package org.convene.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.convene.notification.domain.Notification;
import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.domain.NotificationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One ledger row as organisers see it (without the rendering payload). */
public record NotificationView(UUID id, String eventId, NotificationType type, String recipient, String subject,
        String language, NotificationStatus status, int attempts, @Schema(nullable = true) String lastError,
        @Schema(nullable = true) Instant nextAttemptAt, @Schema(nullable = true) Instant sentAt, Instant createdAt,
        @Schema(nullable = true) UUID workshopId, @Schema(nullable = true) UUID registrationId,
        @Schema(nullable = true) String messageId) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.eventId, n.type, n.recipient, n.subject, n.language, n.status,
                n.attempts, n.lastError, n.nextAttemptAt, n.sentAt, n.createdAt, n.workshopId, n.registrationId,
                n.messageId);
    }
}
