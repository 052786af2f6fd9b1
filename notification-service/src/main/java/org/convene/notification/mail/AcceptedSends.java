package org.convene.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.repository.NotificationRepository;
import org.convene.platform.Backoff;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Emails the SMTP server accepted whose SENT is not committed yet: noted the moment the server answers, before the
 * UPDATE (so before the row lock can go, e.g. with a connection the database drops), and forgotten once SENT
 * committed. No sender delivers a row noted here. If the commit fails (the database went away between the server's
 * answer and the commit), the outcome stays here and a thread of its own retries marking the row SENT with
 * exponential back-off until the database answers. Lost only if this process dies before that: then the row is still
 * PENDING and the email goes a second time (same Message-ID).
 */
@ApplicationScoped
public class AcceptedSends {

    private static final Logger LOG = Logger.getLogger(AcceptedSends.class);
    static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    @Inject
    NotificationRepository notifications;

    private final Map<UUID, Instant> accepted = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> unrecorded = new ConcurrentHashMap<>();
    private final Semaphore added = new Semaphore(0);
    private volatile boolean running;
    private Thread recorder;

    /** The SMTP server accepted this email at {@code acceptedAt}; its SENT is about to be committed. */
    void accepted(UUID id, Instant acceptedAt) {
        accepted.put(id, acceptedAt);
    }

    /** Its SENT is committed. */
    void recorded(UUID id) {
        accepted.remove(id);
    }

    /** Committing its SENT failed: the recorder thread takes over. */
    void unrecorded(UUID id) {
        Instant acceptedAt = accepted.get(id);
        if (acceptedAt != null) {
            unrecorded.put(id, acceptedAt);
            added.release();
        }
    }

    /** Whether this email was accepted already: it must not be sent (again). */
    boolean contains(UUID id) {
        return accepted.containsKey(id);
    }

    /** The rows the sender must not claim: their email was accepted already. */
    Set<UUID> ids() {
        return accepted.isEmpty() ? Set.of() : Set.copyOf(accepted.keySet());
    }

    /** Tries once to mark every remembered email SENT; returns true when none is left. */
    boolean recordAll() {
        for (Map.Entry<UUID, Instant> entry : unrecorded.entrySet()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> notifications.markSent(entry.getKey(), entry.getValue()));
            } catch (RuntimeException e) {
                LOG.warnf("Accepted email %s still not marked SENT (%d waiting): %s", entry.getKey(),
                        unrecorded.size(), e.toString());
                return false;
            }
            unrecorded.remove(entry.getKey());
            accepted.remove(entry.getKey());
            LOG.infof("Accepted email %s marked SENT after its first commit failed", entry.getKey());
        }
        return true;
    }

    void start() {
        running = true;
        recorder = new Thread(this::run, "notification-sent-recorder");
        recorder.setDaemon(true);
        recorder.start();
    }

    void stop() {
        running = false;
        added.release();
        join(recorder);
        if (!unrecorded.isEmpty() && !recordAll()) {
            LOG.errorf("Stopping with %d accepted email(s) not marked SENT; they will be sent again: %s",
                    unrecorded.size(), unrecorded.keySet());
        }
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                if (unrecorded.isEmpty()) {
                    added.tryAcquire(1, TimeUnit.SECONDS);
                    added.drainPermits();
                    continue;
                }
                if (recordAll()) {
                    failures = 0;
                } else {
                    Thread.sleep(BACKOFF.after(++failures).toMillis());
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
