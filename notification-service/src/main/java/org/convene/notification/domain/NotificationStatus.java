package org.convene.notification.domain;

/**
 * PENDING: to be sent when {@code next_attempt_at} is due (also between retries); SENT: accepted by the SMTP server;
 * FAILED: given up after the last attempt, or not renderable; SUPPRESSED: not sent, for the {@link SuppressedReason}.
 */
public enum NotificationStatus {
    PENDING, SENT, FAILED, SUPPRESSED
}
