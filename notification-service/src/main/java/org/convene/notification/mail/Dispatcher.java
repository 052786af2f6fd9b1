package org.convene.notification.mail;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.convene.notification.config.SenderConfig;
import org.convene.notification.domain.Notification;
import org.convene.notification.repository.DeliveryQueue;
import org.convene.notification.repository.DeliveryQueue.Failure;
import org.convene.platform.Backoff;
import org.jboss.logging.Logger;

import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.MailResult;

/**
 * One sender instance. Its thread claims a batch of due rows in one statement (a lease, see {@link DeliveryQueue}),
 * renders each and hands it to the mail client, which sends up to {@code quarkus.mailer.max-pool-size} emails at a time
 * over pooled, kept-alive SMTP connections without a thread per send; meanwhile it claims the next batch. The moment
 * the server accepts an email, {@link AcceptedSends} notes it and commits SENT in groups; failures are written by this
 * thread, one statement per turn, with the row's next attempt (exponential back-off) or FAILED after
 * {@code max-attempts}. Every claimed row holds one of {@code max-in-flight} permits until its outcome is committed,
 * which bounds every queue in between. Each send is bounded by {@code send-timeout}; no send starts later than
 * {@code send-timeout} + 10 s before its claim's lease ends, so two senders never hold one row at the same time.
 */
public final class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final Backoff DATABASE_BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    /** Time kept between the last send that may start under a claim and the end of its lease. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(10);

    private final String name;
    private final DeliveryQueue queue;
    private final EmailComposer composer;
    private final MailClient mail;
    private final Vertx vertx;
    private final SenderConfig config;
    private final DeliveryMetrics metrics;
    private final AcceptedSends acceptedSends;
    private final Backoff retryBackoff;
    private final Semaphore permits;
    private final BlockingQueue<PendingFailure> failures;
    private final List<PendingFailure> unwritten = new ArrayList<>();
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicInteger acceptedSinceClaim = new AtomicInteger();
    private final AtomicInteger failedSinceClaim = new AtomicInteger();
    private volatile boolean due = true;
    private volatile boolean waitingForRoom;
    private volatile boolean running;
    private Thread thread;

    Dispatcher(String name, DeliveryQueue queue, EmailComposer composer, MailClient mail, Vertx vertx,
            SenderConfig config, DeliveryMetrics metrics) {
        if (config.batchSize() < 1 || config.maxInFlight() < config.batchSize()) {
            throw new IllegalStateException("convene.sender: need 1 <= batch-size <= max-in-flight, got "
                    + config.batchSize() + " and " + config.maxInFlight());
        }
        if (config.lease().compareTo(config.sendTimeout().plus(LEASE_MARGIN)) <= 0) {
            throw new IllegalStateException("convene.sender.lease (" + config.lease()
                    + ") must be longer than send-timeout + " + LEASE_MARGIN.toSeconds() + " s");
        }
        this.name = name;
        this.queue = queue;
        this.composer = composer;
        this.mail = mail;
        this.vertx = vertx;
        this.config = config;
        this.metrics = metrics;
        this.acceptedSends = new AcceptedSends(queue, metrics, name, config.maxInFlight());
        this.retryBackoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        this.permits = new Semaphore(config.maxInFlight());
        this.failures = new ArrayBlockingQueue<>(config.maxInFlight());
    }

    public void start() {
        running = true;
        acceptedSends.start();
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops claiming, lets every send in flight finish (at most {@code send-timeout}) and its outcome be recorded,
     * then stops. Nothing is interrupted: interrupting a send could abandon an email the server has already accepted.
     */
    public void stop() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(config.sendTimeout().plusSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        acceptedSends.stop();
    }

    /** Rows were committed that are due now: claim without waiting for the sweep. */
    public void due() {
        due = true;
        wake();
    }

    /** Claimed rows whose outcome is not committed yet. */
    public int inFlight() {
        return config.maxInFlight() - permits.availablePermits();
    }

    private void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void run() {
        long nextSweep = System.nanoTime();
        int databaseFailures = 0;
        while (running) {
            try {
                writeFailures();
                if (failedSinceClaim.get() > 0 && acceptedSinceClaim.get() == 0) {
                    // Everything sent since the last claim failed (the server is away?): wait for the sweep.
                    due = false;
                    nextSweep = Math.max(nextSweep, System.nanoTime() + config.pollInterval().toNanos());
                    failedSinceClaim.set(0);
                }
                int free = permits.availablePermits();
                boolean room = free >= config.batchSize();
                long now = System.nanoTime();
                if (!room || !(due || now - nextSweep >= 0)) {
                    waitingForRoom = !room;
                    if (!room && permits.availablePermits() >= config.batchSize()) {
                        continue; // released meanwhile (the releaser may not have seen waitingForRoom yet)
                    }
                    long wait = room ? nextSweep - now : config.pollInterval().toNanos();
                    wakeUps.tryAcquire(Math.max(1, wait), TimeUnit.NANOSECONDS);
                    wakeUps.drainPermits();
                    continue;
                }
                due = false; // before the claim: a commit meanwhile sets it again
                int asked = Math.min(config.batchSize(), free);
                if (claimAndSend(asked) == asked) {
                    due = true; // a full batch: more may be due
                } else {
                    nextSweep = System.nanoTime() + config.pollInterval().toNanos();
                }
                databaseFailures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                Duration wait = DATABASE_BACKOFF.after(++databaseFailures);
                LOG.warnf("%s: %s; retrying in %d ms", name, describe(e), wait.toMillis());
                sleep(wait);
            }
        }
        drain();
    }

    /** Claims up to {@code asked} rows and hands each to the mail client; returns how many were claimed. */
    private int claimAndSend(int asked) throws SQLException, InterruptedException {
        permits.acquire(asked); // only this thread acquires, and it checked that as many are free
        UUID claim = UUID.randomUUID();
        long claimedNanos = System.nanoTime();
        List<Notification> rows;
        try {
            rows = queue.claim(claim, asked, config.lease(), acceptedSends.ids());
        } catch (SQLException | RuntimeException e) {
            permits.release(asked);
            throw e;
        }
        permits.release(asked - rows.size());
        metrics.claimed(System.nanoTime() - claimedNanos, rows.size());
        acceptedSinceClaim.set(0);
        failedSinceClaim.set(0);
        long sendUntil = claimedNanos + config.lease().minus(config.sendTimeout()).minus(LEASE_MARGIN).toNanos();
        List<UUID> unsent = new ArrayList<>();
        for (Notification row : rows) {
            if (acceptedSends.contains(row.id)) {
                permits.release(); // accepted already; its SENT is on the way
            } else if (!running || System.nanoTime() - sendUntil >= 0) {
                unsent.add(row.id);
                permits.release();
            } else {
                send(row, claim);
            }
        }
        if (!unsent.isEmpty()) {
            LOG.infof("%s: %d claimed email(s) given back unsent (stopping, or too late in the lease)", name,
                    unsent.size());
            queue.release(claim, unsent);
        }
        return rows.size();
    }

    private void send(Notification row, UUID claim) {
        long started = System.nanoTime();
        MailMessage message;
        try {
            message = composer.compose(row);
        } catch (Exception e) {
            LOG.errorf(e, "Notification %s cannot be rendered; marked FAILED", row.id);
            new InFlight(row, claim, started, 0).fail(e, true);
            return;
        }
        long rendered = System.nanoTime();
        metrics.rendered(rendered - started);
        InFlight flight = new InFlight(row, claim, rendered, 1);
        flight.timer = vertx.setTimer(config.sendTimeout().toMillis(), id -> flight.timedOut());
        mail.sendMail(message).onComplete(flight::completed);
    }

    /** Writes the failures recorded since the last turn in one statement; they stay for the next turn if it fails. */
    private void writeFailures() throws SQLException {
        failures.drainTo(unwritten);
        if (unwritten.isEmpty()) {
            return;
        }
        List<Failure> rows = new ArrayList<>(unwritten.size());
        for (PendingFailure pending : unwritten) {
            rows.add(pending.failure());
        }
        queue.recordFailures(rows);
        PendingFailure first = unwritten.get(0);
        LOG.warnf("%s: %d attempt(s) failed (first: %s, %s)", name, unwritten.size(), first.failure().id(),
                first.failure().error());
        for (PendingFailure pending : unwritten) {
            pending.flight().release();
        }
        unwritten.clear();
    }

    /** After the loop: waits until every claimed row's outcome is committed (or the send timeout has passed). */
    private void drain() {
        long deadline = System.nanoTime() + config.sendTimeout().plusSeconds(5).toNanos();
        while (permits.availablePermits() < config.maxInFlight() && System.nanoTime() - deadline < 0) {
            try {
                writeFailures();
                wakeUps.tryAcquire(100, TimeUnit.MILLISECONDS);
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("%s: failures not recorded while stopping: %s", name, describe(e));
                sleep(Duration.ofMillis(200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (inFlight() > 0) {
            LOG.warnf("%s: stopping with %d email(s) still in flight; their claims expire after %s", name,
                    inFlight(), config.lease());
        }
    }

    private record PendingFailure(Failure failure, InFlight flight) {
    }

    /**
     * One claimed row from its hand-over to the mail client until its outcome is committed. It holds its permit while
     * the mail client has it and while an outcome of it is being recorded; the first of the server's answer and the
     * send timeout decides the outcome. An acceptance that comes after the timeout is still recorded SENT.
     */
    private final class InFlight {
        final Notification row;
        final UUID claim;
        final long startedNanos;
        final AtomicBoolean settled = new AtomicBoolean();
        final AtomicInteger holds;
        volatile long timer = -1;

        InFlight(Notification row, UUID claim, long startedNanos, int holds) {
            this.row = row;
            this.claim = claim;
            this.startedNanos = startedNanos;
            this.holds = new AtomicInteger(holds);
        }

        void completed(AsyncResult<MailResult> result) {
            vertx.cancelTimer(timer);
            if (result.succeeded()) {
                Instant at = Instant.now();
                long atNanos = System.nanoTime();
                if (!settled.compareAndSet(false, true)) {
                    LOG.warnf("Email %s was accepted by the SMTP server after its send timed out; marked SENT, but a"
                            + " retry may already have sent it again", row.id);
                }
                holds.incrementAndGet();
                acceptedSends.accepted(new AcceptedSends.Accepted(row.id, at, atNanos, this::release));
                acceptedSinceClaim.incrementAndGet();
                metrics.accepted(row.type, row.createdAt, at, atNanos - startedNanos);
            } else if (settled.compareAndSet(false, true)) {
                fail(result.cause(), false);
            }
            release(); // the mail client's hold
        }

        void timedOut() {
            if (settled.compareAndSet(false, true)) {
                fail(new TimeoutException("no answer from the SMTP server within " + config.sendTimeout()), false);
            }
        }

        void fail(Throwable error, boolean permanent) {
            int attempts = row.attempts + 1;
            Instant next = null;
            if (permanent || attempts >= config.maxAttempts()) {
                metrics.failed(row.type);
                LOG.errorf("Notification %s to %s FAILED after %d attempt(s): %s", row.id, row.recipient, attempts,
                        describe(error));
            } else {
                next = Instant.now().plus(retryBackoff.after(attempts));
                metrics.retried(row.type);
                LOG.debugf("Notification %s attempt %d failed (%s); next attempt at %s", row.id, attempts,
                        describe(error), next);
            }
            holds.incrementAndGet();
            failedSinceClaim.incrementAndGet();
            if (!failures.offer(new PendingFailure(new Failure(row.id, claim, describe(error), next), this))) {
                // Cannot happen: one failure per claimed row at most, and the queue holds max-in-flight.
                throw new IllegalStateException("more failures than permits in flight");
            }
            wake();
        }

        /** One hold less; the last one gives the permit back. */
        void release() {
            if (holds.decrementAndGet() == 0) {
                permits.release();
                if (waitingForRoom && permits.availablePermits() >= config.batchSize()) {
                    waitingForRoom = false;
                    wake();
                }
            }
        }
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
