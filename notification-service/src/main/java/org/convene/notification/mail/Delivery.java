package org.convene.notification.mail;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.config.SenderConfig;
import org.convene.notification.domain.Notification;
import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.domain.NotificationType;
import org.convene.notification.repository.NotificationRepository;
import org.convene.platform.Backoff;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Delivers one email of the ledger, in one transaction: lock its row (the one just queued, by primary key, or the one
 * due longest; {@code FOR UPDATE SKIP LOCKED}, so no two senders hold it), render it, hand it to the SMTP server
 * over a pooled connection, mark it SENT and commit. Between the server's {@code 250} and the commit there is one UPDATE and
 * nothing else (metrics and logs come after the commit). If that commit fails, the acceptance is handed to
 * {@link AcceptedSends}, which records it once the database answers again: a message the server accepted is never
 * sent again by this process. A failed send records the error and schedules the next attempt; after
 * {@code max-attempts}, or when the email cannot be rendered, the row is FAILED.
 */
@ApplicationScoped
public class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class);

    @Inject
    NotificationRepository notifications;

    @Inject
    EmailComposer composer;

    @Inject
    ReactiveMailer mailer;

    @Inject
    SenderConfig config;

    @Inject
    AcceptedSends acceptedSends;

    @Inject
    DeliveryMetrics metrics;

    /** Delivers the email due longest. Returns false when none was due. */
    public boolean sendNext() {
        return deliverOne(() -> notifications.claimDue(acceptedSends.ids()));
    }

    /**
     * Delivers this email if it is still due and no other sender holds it (by primary key: the row a consumer has
     * just committed). Returns false when there was nothing to do.
     */
    public boolean send(UUID id) {
        return !acceptedSends.contains(id) && deliverOne(() -> notifications.claim(id));
    }

    private boolean deliverOne(Supplier<Notification> claim) {
        Attempt attempt = new Attempt();
        try {
            QuarkusTransaction.requiringNew().timeout(120).run(() -> deliver(claim, attempt));
        } catch (RuntimeException e) {
            if (attempt.acceptedAt == null) {
                throw e;
            }
            acceptedSends.unrecorded(attempt.id);
            LOG.warnf("Email %s was accepted by the SMTP server but SENT could not be committed (%s); kept in memory"
                    + " and retried, it will not be sent again", attempt.id, e.toString());
            return true;
        }
        if (attempt.acceptedAt != null) {
            acceptedSends.recorded(attempt.id);
            metrics.sent(attempt.type, attempt.createdAt, attempt.acceptedAt);
            metrics.phases(attempt.claimedNanos - attempt.startNanos, attempt.renderedNanos - attempt.claimedNanos,
                    attempt.acceptedNanos - attempt.renderedNanos, System.nanoTime() - attempt.acceptedNanos);
        }
        return attempt.id != null;
    }

    private void deliver(Supplier<Notification> claim, Attempt attempt) {
        Notification notification = claim.get();
        if (notification == null || acceptedSends.contains(notification.id)) {
            return; // none due, or accepted by the server meanwhile (its lock went with a failed commit)
        }
        attempt.claimed(notification);
        Mail mail;
        try {
            mail = composer.compose(notification);
        } catch (Exception e) {
            LOG.errorf(e, "Notification %s cannot be rendered; marked FAILED", notification.id);
            fail(notification, e, true);
            return;
        }
        attempt.renderedNanos = System.nanoTime();
        try {
            // Bounded: a server that accepts the connection and then stalls must not stop all delivery.
            mailer.send(mail).await().atMost(config.sendTimeout());
        } catch (Exception e) {
            fail(notification, e, false);
            return;
        }
        attempt.accepted();
        acceptedSends.accepted(notification.id, attempt.acceptedAt); // before the UPDATE: before the lock can go
        notifications.markSent(notification.id, attempt.acceptedAt);
    }

    private void fail(Notification notification, Exception error, boolean permanent) {
        notification.attempts++;
        notification.lastError = describe(error);
        if (permanent || notification.attempts >= config.maxAttempts()) {
            notification.status = NotificationStatus.FAILED;
            notification.nextAttemptAt = null;
            metrics.failed(notification.type);
            LOG.errorf("Notification %s to %s FAILED after %d attempt(s): %s", notification.id,
                    notification.recipient, notification.attempts, notification.lastError);
            return;
        }
        java.time.Duration backoff = new Backoff(config.initialBackoff(), config.maxBackoff())
                .after(notification.attempts);
        notification.nextAttemptAt = Instant.now().plus(backoff);
        metrics.retried(notification.type);
        LOG.warnf("Notification %s attempt %d failed (%s); next attempt in %d ms", notification.id,
                notification.attempts, notification.lastError, backoff.toMillis());
    }

    static String describe(Throwable error) {
        StringBuilder message = new StringBuilder(error.toString());
        Throwable cause = error.getCause();
        while (cause != null && cause != error && message.length() < 900) {
            message.append(" <- ").append(cause);
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return message.length() > 1000 ? message.substring(0, 1000) : message.toString();
    }

    /** What one transaction did, readable after it (also after it failed). */
    private static final class Attempt {
        final long startNanos = System.nanoTime();
        long claimedNanos;
        long renderedNanos;
        long acceptedNanos;
        UUID id;
        NotificationType type;
        Instant createdAt;
        Instant acceptedAt;

        void claimed(Notification notification) {
            claimedNanos = System.nanoTime();
            id = notification.id;
            type = notification.type;
            createdAt = notification.createdAt;
        }

        void accepted() {
            acceptedNanos = System.nanoTime();
            acceptedAt = Instant.now();
        }
    }
}
