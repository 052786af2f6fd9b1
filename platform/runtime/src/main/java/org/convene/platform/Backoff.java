package org.convene.platform;

import java.time.Duration;

/** Exponential back-off: {@code initial × 2^(attempt-1)}, capped at {@code max}. */
public record Backoff(Duration initial, Duration max) {

    /** The wait after the {@code attempt}-th failure (1 for the first). */
    public Duration after(int attempt) {
        Duration delay = initial;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
