package org.convene.notification.mail;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.convene.notification.repository.DeliveryQueue;
import org.convene.platform.Backoff;
import org.jboss.logging.Logger;

/**
 * Emails the SMTP server accepted whose SENT is not committed yet, and the thread that commits it: group commit. Each
 * acceptance is noted here the moment the server answers; the recorder thread marks everything noted since its last
 * statement SENT in one {@code UPDATE} (so under load the next group forms while one commits, and an email waits for
 * at most the commit in progress and its own), then forgets it. No sender of this instance claims or sends a noted row
 * again. If the database does not answer, the notes stay and the recorder retries with exponential back-off (100 ms
 * doubling to 2 s) until it does; lost only if this process dies before that: then the row is still PENDING, its claim
 * expires and the email goes a second time (same Message-ID). Bounded: every note belongs to a send holding one of
 * the sender's {@code max-in-flight} permits.
 */
final class AcceptedSends {

    private static final Logger LOG = Logger.getLogger(AcceptedSends.class);
    static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    /** One email the server accepted; {@code recorded} runs once its SENT is committed. */
    record Accepted(UUID id, Instant at, long atNanos, Runnable recorded) {
    }

    private final DeliveryQueue queue;
    private final DeliveryMetrics metrics;
    private final String name;
    private final int maxGroup;
    private final Map<UUID, Accepted> unrecorded = new ConcurrentHashMap<>();
    private final BlockingQueue<Accepted> toRecord;
    private volatile boolean running;
    private Thread recorder;

    AcceptedSends(DeliveryQueue queue, DeliveryMetrics metrics, String name, int capacity) {
        this.queue = queue;
        this.metrics = metrics;
        this.name = name;
        this.maxGroup = capacity;
        this.toRecord = new ArrayBlockingQueue<>(capacity);
    }

    /** The SMTP server accepted this email: noted at once, its SENT is committed by the recorder thread. */
    void accepted(Accepted accepted) {
        unrecorded.put(accepted.id(), accepted);
        if (!toRecord.offer(accepted)) {
            // Cannot happen: every note holds one of the sender's permits, and the queue holds as many.
            throw new IllegalStateException("more accepted emails than permits in flight");
        }
    }

    /** Whether this email was accepted already: it must not be sent (again). */
    boolean contains(UUID id) {
        return unrecorded.containsKey(id);
    }

    /** The rows the sender must not claim: their email was accepted already. */
    Set<UUID> ids() {
        return unrecorded.isEmpty() ? Set.of() : Set.copyOf(unrecorded.keySet());
    }

    int size() {
        return unrecorded.size();
    }

    void start() {
        running = true;
        recorder = new Thread(this::run, name + "-sent-recorder");
        recorder.setDaemon(true);
        recorder.start();
    }

    /** After the last send finished: records what is left (one last try if the database is away), then stops. */
    void stop() {
        running = false;
        if (recorder != null) {
            try {
                recorder.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!unrecorded.isEmpty()) {
            LOG.errorf("Stopping with %d accepted email(s) not marked SENT; they will be sent again: %s",
                    unrecorded.size(), unrecorded.keySet());
        }
    }

    private void run() {
        List<Accepted> group = new ArrayList<>(maxGroup);
        int failures = 0;
        while (running || !group.isEmpty() || !toRecord.isEmpty()) {
            try {
                if (group.isEmpty()) {
                    Accepted first = toRecord.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    group.add(first);
                }
                toRecord.drainTo(group, maxGroup - group.size());
                if (record(group)) {
                    group.clear();
                    failures = 0;
                } else if (!running && failures >= 3) {
                    return; // stopping and the database is away: stop() reports what is left
                } else {
                    Thread.sleep(BACKOFF.after(++failures).toMillis());
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One UPDATE for the whole group; true when it committed. */
    private boolean record(List<Accepted> group) {
        List<UUID> ids = new ArrayList<>(group.size());
        List<Instant> at = new ArrayList<>(group.size());
        for (Accepted accepted : group) {
            ids.add(accepted.id());
            at.add(accepted.at());
        }
        try {
            queue.markSent(ids, at);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("%d accepted email(s) not marked SENT yet (kept in memory, retried; not sent again): %s",
                    group.size(), e.toString());
            return false;
        }
        long committed = System.nanoTime();
        for (Accepted accepted : group) {
            unrecorded.remove(accepted.id());
            metrics.unrecorded(committed - accepted.atNanos());
            accepted.recorded().run();
        }
        metrics.group(group.size());
        return true;
    }
}
