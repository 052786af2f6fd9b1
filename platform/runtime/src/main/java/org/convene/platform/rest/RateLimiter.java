package org.convene.platform.rest;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.platform.problem.ProblemException;

/**
 * Fixed-window request limits per key (a client address), in this instance's memory: enough to blunt a script
 * hammering a public endpoint; the fleet-wide figure is the limit times the number of instances behind the balancer
 * (a shared limit across instances belongs in the gateway in front of them, or in a shared store: see
 * {@link #tooMany}).
 * Exceeding a limit is a 429 problem with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int CLEANUP_EVERY = 10_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final Clock clock;

    public RateLimiter() {
        this(Clock.systemUTC());
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts one request for {@code key} in the current window of {@code bucket}, then refuses it if the window
     * holds more than {@code limit}: every attempt costs, whatever its answer.
     *
     * @param limit requests allowed per window; 0 or less turns the limit off
     * @throws ProblemException 429 with Retry-After when the window is full
     */
    public void acquire(String bucket, String key, int limit, Duration window) {
        if (limit <= 0 || key == null) {
            return;
        }
        long now = clock.millis();
        Window current = current(bucket, key, now, window);
        if (current.count.incrementAndGet() > limit) {
            throw limited(bucket, limit, window, current, now);
        }
    }

    private Window current(String bucket, String key, long now, Duration window) {
        long length = window.toMillis();
        long start = now - now % length;
        Window current = windows.compute(bucket + '\u0000' + key,
                (k, existing) -> existing == null || existing.start != start ? new Window(start) : existing);
        if (calls.incrementAndGet() % CLEANUP_EVERY == 0) {
            windows.values().removeIf(w -> w.start + length < now);
        }
        return current;
    }

    private static ProblemException limited(String bucket, int limit, Duration window, Window current, long now) {
        return tooMany(bucket, limit, window, (current.start + window.toMillis() - now + 999) / 1000);
    }

    /**
     * The 429 problem of a full window, with {@code Retry-After}: also for limits kept elsewhere than in this
     * instance's memory (a count in a database the instances share).
     */
    public static ProblemException tooMany(String bucket, int limit, Duration window, long retryAfterSeconds) {
        long retryAfter = Math.max(1, retryAfterSeconds);
        return new ProblemException(429, "rate-limited", "Too many requests",
                "at most " + limit + " requests per " + window.toSeconds() + " s for the same " + bucket
                        + "; retry after " + retryAfter + " s",
                null, Map.of("Retry-After", String.valueOf(retryAfter)));
    }

    private static final class Window {
        final long start;
        final AtomicInteger count = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
