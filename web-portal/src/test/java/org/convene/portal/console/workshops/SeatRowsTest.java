package org.convene.portal.console.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.convene.portal.client.City;
import org.convene.portal.console.ConsoleWorkshop;
import org.junit.jupiter.api.Test;

class SeatRowsTest {

    private static final UUID KOLKATA = UUID.fromString("0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20");
    private static final UUID DHAKA = UUID.fromString("0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21");
    private static final UUID PUNE = UUID.fromString("0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b22");
    private static final List<City> CITIES = List.of(new City(KOLKATA, "Kolkata", "IN", "South Asia"),
            new City(DHAKA, "Dhaka", "BD", "South Asia"), new City(PUNE, "Pune", "IN", "South Asia"));

    private static ConsoleWorkshop workshop(ConsoleWorkshop.Allocation allocation) {
        return new ConsoleWorkshop(UUID.randomUUID(), "t", null, KOLKATA, null, "Asia/Kolkata",
                OffsetDateTime.parse("2026-12-03T09:30:00+05:30"), OffsetDateTime.parse("2026-12-03T17:00:00+05:30"),
                30, 5, 1, 25, 0, "OPEN", true, null, null, true, "OPEN", List.of(), allocation);
    }

    @Test
    void everyCityWithItsOwnSeatsAndEveryGroupSomeoneSignedUpFromByName() {
        ConsoleWorkshop workshop = workshop(new ConsoleWorkshop.Allocation("CITY", 2, Map.of(KOLKATA.toString(), 4),
                null));
        Seats seats = new Seats(30, 5, 1, 0, null, false, List.of(new Seats.Group(KOLKATA.toString(), 4, 4, 1),
                new Seats.Group(DHAKA.toString(), 2, 1, 0)));

        assertEquals(List.of(new SeatRows.Row("Dhaka", 2, 1, 0, 80), new SeatRows.Row("Kolkata", 4, 4, 1, 160)),
                SeatRows.of(workshop, seats, CITIES));
        assertTrue(SeatRows.of(workshop, seats, CITIES).get(1).full());
    }

    @Test
    void beforeAnySignUpTheOwnNumbersShowWithNothingTakenAndWithoutAllocationNothing() {
        ConsoleWorkshop workshop = workshop(new ConsoleWorkshop.Allocation("CITY", 2, Map.of(PUNE.toString(), 0),
                null));
        assertEquals(List.of(new SeatRows.Row("Pune", 0, 0, 0, 0)), SeatRows.of(workshop, null, CITIES));
        assertEquals(List.of(), SeatRows.of(workshop(null), null, CITIES));
    }

    @Test
    void theBarIsFullWhenAllAreTakenOrMoreOnceTheLimitsLift() {
        assertEquals(0, SeatRows.bar(0, 3));
        assertEquals(107, SeatRows.bar(2, 3));
        assertEquals(160, SeatRows.bar(3, 3));
        assertEquals(160, SeatRows.bar(5, 3));
        assertEquals(160, SeatRows.bar(1, 0));
    }
}
