package org.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheInitialWaitUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));
        assertEquals(Duration.ofMillis(100), backoff.after(1));
        assertEquals(Duration.ofMillis(200), backoff.after(2));
        assertEquals(Duration.ofMillis(1600), backoff.after(5));
        assertEquals(Duration.ofSeconds(2), backoff.after(6));
        assertEquals(Duration.ofSeconds(2), backoff.after(1000));
    }
}
