package org.convene.portal.console.door;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** When the door reads the cities again: after a minute, sooner for a city it does not know, never in a loop. */
class DoorCitiesTest {

    static final long SECOND = 1_000_000_000L;
    static final UUID KNOWN = UUID.randomUUID();
    static final UUID NEW = UUID.randomUUID();

    @Test
    void theFirstPageReadsThem() {
        assertTrue(DoorCities.due(null, List.of(), 0));
    }

    @Test
    void theyAreKeptAMinute() {
        DoorCities.Names names = new DoorCities.Names(Map.of(KNOWN, "Howrah"), 0, true);
        assertFalse(DoorCities.due(names, List.of(KNOWN), 59 * SECOND));
        assertTrue(DoorCities.due(names, List.of(KNOWN), 61 * SECOND));
    }

    @Test
    void aCityCreatedAMomentAgoIsLookedForAfterAFewSeconds() {
        DoorCities.Names names = new DoorCities.Names(Map.of(KNOWN, "Howrah"), 0, true);
        assertFalse(DoorCities.due(names, List.of(KNOWN, NEW), 2 * SECOND), "not on every keystroke");
        assertTrue(DoorCities.due(names, List.of(KNOWN, NEW), 6 * SECOND));
    }

    @Test
    void aFailedReadIsTriedAgainAfterAFewSeconds() {
        DoorCities.Names failed = new DoorCities.Names(Map.of(), 0, false);
        assertFalse(DoorCities.due(failed, List.of(), 2 * SECOND));
        assertTrue(DoorCities.due(failed, List.of(), 6 * SECOND));
    }
}
