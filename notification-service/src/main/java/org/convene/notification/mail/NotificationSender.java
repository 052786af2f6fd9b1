package org.convene.notification.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.convene.notification.config.SenderConfig;
import org.convene.notification.service.NotificationQueued;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs {@code workers} sending threads per instance, each delivering one email at a time ({@link Delivery}) over its
 * own pooled SMTP connection. The id of every row a transaction queued is handed to them as soon as that transaction
 * commits (the consumer's), and a worker claims that row by primary key. At least every {@code poll-interval} each
 * worker also sweeps the ledger in due order until nothing is due: retries whose time came, rows queued before this
 * instance started or by another instance, ids that did not fit in memory. Stopping lets a send in flight finish and
 * commit: interrupting it could abandon an email the server has already accepted.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);

    /** Ids handed over on commit; beyond this many, the sweep finds the rows. */
    static final int HANDOVER_LIMIT = 10_000;

    @Inject
    Delivery delivery;

    @Inject
    AcceptedSends acceptedSends;

    @Inject
    SenderConfig config;

    private final BlockingQueue<UUID> committed = new LinkedBlockingQueue<>(HANDOVER_LIMIT);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Notification sender disabled");
            return;
        }
        running = true;
        acceptedSends.start();
        for (int i = 0; i < config.workers(); i++) {
            Thread worker = new Thread(this::run, "notification-sender-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (!running) {
            return;
        }
        running = false;
        long deadline = System.nanoTime() + config.sendTimeout().plusSeconds(5).toNanos();
        for (Thread worker : workers) {
            try {
                worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        acceptedSends.stop();
    }

    /** Called after the commit of a transaction that queued mail. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        committed.offer(queued.id()); // when full, the sweep finds the row
    }

    private void run() {
        long nextSweep = System.nanoTime();
        while (running) {
            try {
                if (System.nanoTime() - nextSweep >= 0) {
                    while (running && delivery.sendNext()) {
                        // everything due, oldest first
                    }
                    nextSweep = System.nanoTime() + config.pollInterval().toNanos();
                }
                UUID id = committed.poll(Math.max(0, nextSweep - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (id != null && running) {
                    delivery.send(id);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Notification sender: %s; retrying in 1 s", Delivery.describe(e));
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
