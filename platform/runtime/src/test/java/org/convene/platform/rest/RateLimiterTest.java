package org.convene.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.convene.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(60_000);
    private final RateLimiter limiter = new RateLimiter(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    });

    @Test
    void allowsTheLimitThenRefusesWithRetryAfterUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("address", "10.0.0.1", 3, Duration.ofMinutes(1));
        }
        now.addAndGet(20_000);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> limiter.acquire("address", "10.0.0.1", 3, Duration.ofMinutes(1)));
        assertEquals(429, refused.status());
        assertEquals("40", refused.headers().get("Retry-After"));
        assertDoesNotThrow(() -> limiter.acquire("address", "10.0.0.2", 3, Duration.ofMinutes(1)),
                "another key has its own window");
        assertDoesNotThrow(() -> limiter.acquire("email", "10.0.0.1", 3, Duration.ofMinutes(1)),
                "another bucket has its own window");
        now.addAndGet(40_000);
        assertDoesNotThrow(() -> limiter.acquire("address", "10.0.0.1", 3, Duration.ofMinutes(1)),
                "a new window starts afresh");
    }

    @Test
    void aLimitKeptElsewhereIsRefusedInTheSameShape() {
        ProblemException refused = RateLimiter.tooMany("email", 10, Duration.ofMinutes(1), 0);
        assertEquals(429, refused.status());
        assertEquals("1", refused.headers().get("Retry-After"), "at least a second");
    }

    @Test
    void aLimitOfZeroIsOff() {
        assertDoesNotThrow(() -> {
            for (int i = 0; i < 1_000; i++) {
                limiter.acquire("address", "10.0.0.1", 0, Duration.ofMinutes(1));
            }
        });
    }
}
