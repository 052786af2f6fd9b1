package org.convene.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import org.convene.portal.client.Workshop;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A workshop's times in its own time zone, whatever offset the API answered in, in the page's language. */
@QuarkusTest
class DatesTest {

    static Workshop workshop(String startsAt, String endsAt) {
        return new Workshop(UUID.randomUUID(), "Heat action plans", null, UUID.randomUUID(), null, "Asia/Kolkata",
                OffsetDateTime.parse(startsAt), OffsetDateTime.parse(endsAt), 30, 0, 0, 30, "OPEN", true, null, true, null);
    }

    @Test
    void timesAreShownInTheWorkshopsTimeZone() {
        // 04:00 UTC is 09:30 in Kolkata; 11:30 UTC is 17:00
        Workshop workshop = workshop("2026-12-03T04:00:00Z", "2026-12-03T11:30:00Z");
        assertEquals("Thursday, 3 December 2026, 09:30 to 17:00", Dates.when(workshop, Locale.ENGLISH));
    }

    @Test
    void severalDaysAndBengali() {
        Workshop workshop = workshop("2026-12-03T09:30:00+05:30", "2026-12-04T17:00:00+05:30");
        assertEquals("Thursday, 3 December 2026 09:30 to Friday, 4 December 2026 17:00",
                Dates.when(workshop, Locale.ENGLISH));
        String bengali = Dates.when(workshop, Locale.forLanguageTag("bn"));
        assertEquals(true, bengali.contains("বৃহস্পতিবার") && bengali.contains("থেকে"), bengali);
    }
}
