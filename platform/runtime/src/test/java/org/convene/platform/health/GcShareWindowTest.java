package org.convene.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GcShareWindowTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theShareIsZeroUntilTheWindowIsFull() {
        GcShareWindow window = new GcShareWindow(3);
        assertEquals(0, window.add(0, 0));
        assertEquals(0, window.add(SECOND, 900));
    }

    @Test
    void theShareIsCollectionTimeOverWallTimeOfTheLastWindow() {
        GcShareWindow window = new GcShareWindow(11); // ten seconds
        long gc = 0;
        double share = 0;
        for (int second = 0; second <= 10; second++) {
            gc += 100; // 10 % of each second
            share = window.add(second * SECOND, gc);
        }
        assertEquals(0.1, share, 1e-9);
        for (int second = 11; second <= 20; second++) {
            gc += 700; // a thrashing heap: 70 % of each second in collections
            share = window.add(second * SECOND, gc);
        }
        assertEquals(0.7, share, 1e-9, "only the last ten seconds count");
    }
}
