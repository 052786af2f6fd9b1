package org.convene.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.convene.notification.config.SenderConfig;
import org.convene.notification.domain.Notification;
import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.repository.NotificationRepository;
import org.convene.notification.service.NotificationQueued;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Delivers the ledger with {@code workers} threads per instance; woken right after a transaction that queued mail
 * committed, and
 * otherwise every {@code poll-interval} (the fallback, which also picks up retries that became due). Each email is
 * its own transaction: lock one due PENDING row ({@code FOR UPDATE SKIP LOCKED}, so several instances never send the
 * same row), hand it to the SMTP server, mark it SENT, commit. A failure records the error and schedules the next
 * attempt with exponential back-off; after {@code max-attempts} the row is FAILED.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);

    @Inject
    NotificationRepository notifications;

    @Inject
    EmailComposer composer;

    @Inject
    ReactiveMailer mailer;

    @Inject
    SenderConfig config;

    @Inject
    MeterRegistry metrics;

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private final java.util.List<Thread> workers = new java.util.ArrayList<>();

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Notification sender disabled");
            return;
        }
        running = true;
        for (int i = 0; i < config.workers(); i++) {
            Thread worker = new Thread(this::run, "notification-sender-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after the commit of a transaction that queued mail. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        wake();
    }

    public void wake() {
        wakeups.release(Math.max(1, workers.size()));
    }

    private void run() {
        while (running) {
            try {
                while (running && sendNext()) {
                    // keep going while rows are due
                }
                wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf(e, "Notification sender: %s; retrying in 1 s", e.getMessage());
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    /** Sends one due email. Returns false when none was due. */
    boolean sendNext() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Notification notification = notifications.claimDue();
            if (notification == null) {
                return false;
            }
            notification.attempts++;
            Mail mail;
            try {
                mail = composer.compose(notification);
            } catch (Exception e) {
                LOG.errorf(e, "Notification %s cannot be rendered; marked FAILED", notification.id);
                fail(notification, e, true);
                return true;
            }
            try {
                // Bounded: a server that accepts the connection and then stalls must not stop all delivery.
                mailer.send(mail).await().atMost(config.sendTimeout());
            } catch (Exception e) {
                fail(notification, e, false);
                return true;
            }
            notification.status = NotificationStatus.SENT;
            notification.sentAt = Instant.now();
            notification.nextAttemptAt = null;
            notification.lastError = null;
            metrics.counter("convene.notifications.sent", "type", notification.type.name()).increment();
            metrics.timer("convene.notifications.delay", "type", notification.type.name())
                    .record(Duration.between(notification.createdAt, notification.sentAt));
            return true;
        });
    }

    private void fail(Notification notification, Exception error, boolean permanent) {
        notification.lastError = describe(error);
        if (permanent || notification.attempts >= config.maxAttempts()) {
            notification.status = NotificationStatus.FAILED;
            notification.nextAttemptAt = null;
            metrics.counter("convene.notifications.failed", "type", notification.type.name()).increment();
            LOG.errorf("Notification %s to %s FAILED after %d attempt(s): %s", notification.id,
                    notification.recipient, notification.attempts, notification.lastError);
            return;
        }
        Duration backoff = backoff(notification.attempts);
        notification.nextAttemptAt = Instant.now().plus(backoff);
        metrics.counter("convene.notifications.retries", "type", notification.type.name()).increment();
        LOG.warnf("Notification %s attempt %d failed (%s); next attempt in %d ms", notification.id,
                notification.attempts, notification.lastError, backoff.toMillis());
    }

    /** initial × 2^(attempts-1), capped. */
    Duration backoff(int attempts) {
        Duration delay = config.initialBackoff();
        for (int i = 1; i < attempts && delay.compareTo(config.maxBackoff()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }

    private static String describe(Throwable error) {
        StringBuilder message = new StringBuilder(error.toString());
        Throwable cause = error.getCause();
        while (cause != null && cause != error && message.length() < 900) {
            message.append(" <- ").append(cause);
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return message.length() > 1000 ? message.substring(0, 1000) : message.toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
