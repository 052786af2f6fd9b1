package org.convene.portal.console.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The door's list and its search: by name, city or organisation, every word, case and accents aside. */
class DoorSearchTest {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final UUID HOWRAH = UUID.randomUUID();
    static final UUID SAO_PAULO = UUID.randomUUID();
    static final Map<UUID, String> CITIES = Map.of(HOWRAH, "Howrah", SAO_PAULO, "São Paulo");

    static Attendee attendee(String name, UUID city, String organisation, OffsetDateTime checkedInAt) {
        return new Attendee(UUID.randomUUID(), UUID.randomUUID(), "CONFIRMED", name, name.replace(' ', '.') + "@x.example",
                city, organisation, checkedInAt);
    }

    static List<DoorSearch.Row> rows() {
        return DoorSearch.rows(List.of(
                attendee("Mitali Ghosh", HOWRAH, "Howrah Municipal Corporation", null),
                attendee("Asha Roy", HOWRAH, null, OffsetDateTime.parse("2026-12-04T04:02:00Z")),
                attendee("João Silva", SAO_PAULO, "Prefeitura", null),
                attendee("Zainab Bello", null, "Lagos State", null)), CITIES, KOLKATA, Locale.ENGLISH, TODAY);
    }

    @Test
    void rowsAreByNameWithTheirCityNamesAndCheckInTimesInTheWorkshopsZone() {
        List<DoorSearch.Row> rows = rows();

        assertEquals(List.of("Asha Roy", "João Silva", "Mitali Ghosh", "Zainab Bello"),
                rows.stream().map(DoorSearch.Row::fullName).toList());
        assertEquals("Howrah", rows.get(0).city());
        assertEquals("", rows.get(3).city(), "no city given");
        assertEquals("", rows.get(0).organisation(), "no organisation given");
        assertTrue(rows.get(0).checkedIn());
        assertEquals("09:32", rows.get(0).checkedInAt(), "04:02 UTC is 09:32 in Kolkata, the clock alone on the day");
        assertFalse(rows.get(1).checkedIn());
    }

    @Test
    void aCheckInOnAnotherDayShowsItsDate() {
        String time = DoorSearch.time(OffsetDateTime.parse("2026-12-03T04:02:00Z"), KOLKATA, Locale.ENGLISH, TODAY);
        assertEquals("3 Dec 2026, 09:32", time);
    }

    @Test
    void anEmptyQueryShowsEveryoneAndTheCountsCountEveryone() {
        DoorSearch.Result all = DoorSearch.search(rows(), "  ");

        assertFalse(all.searching());
        assertEquals(4, all.rows().size());
        assertEquals(4, all.matches());
        assertEquals(4, all.total());
        assertEquals(1, all.checkedIn());
        assertEquals(25, all.percent());
    }

    @Test
    void partOfANameFindsThePerson() {
        DoorSearch.Result found = DoorSearch.search(rows(), "mit");

        assertEquals(List.of("Mitali Ghosh"), found.rows().stream().map(DoorSearch.Row::fullName).toList());
        assertEquals(1, found.matches());
        assertEquals(4, found.total(), "the counts stay those of the whole workshop");
        assertEquals(1, found.checkedIn());
    }

    @Test
    void aCityOrAnOrganisationFindsEveryoneOfIt() {
        assertEquals(List.of("Asha Roy", "Mitali Ghosh"), names(DoorSearch.search(rows(), "HOWRAH")));
        assertEquals(List.of("Zainab Bello"), names(DoorSearch.search(rows(), "lagos state")));
    }

    @Test
    void accentsAndCaseAreIgnoredOnBothSides() {
        assertEquals(List.of("João Silva"), names(DoorSearch.search(rows(), "sao paulo")));
        assertEquals(List.of("João Silva"), names(DoorSearch.search(rows(), "JOAO")));
        assertEquals(List.of("João Silva"), names(DoorSearch.search(rows(), "São")));
    }

    @Test
    void everyWordMustMatchSomewhere() {
        assertEquals(List.of("Mitali Ghosh"), names(DoorSearch.search(rows(), "howrah  municipal")));
        assertEquals(List.of("Asha Roy"), names(DoorSearch.search(rows(), "roy howrah")));
        assertEquals(List.of(), names(DoorSearch.search(rows(), "roy lagos")));
    }

    @Test
    void bengaliNamesAreFoundByTheirOwnLetters() {
        List<DoorSearch.Row> rows = DoorSearch.rows(List.of(attendee("আশা রায়", HOWRAH, null, null),
                attendee("মিতালি ঘোষ", HOWRAH, null, null)), CITIES, KOLKATA, Locale.ENGLISH, TODAY);
        assertEquals(List.of("আশা রায়"), names(DoorSearch.search(rows, "রায়")));
    }

    @Test
    void aLongListShowsItsFirstRowsAndSaysSo() {
        List<Attendee> many = new ArrayList<>();
        for (int i = 0; i < DoorSearch.MAX_SHOWN + 20; i++) {
            many.add(attendee(String.format("Person %03d", i), HOWRAH, null, null));
        }
        DoorSearch.Result result = DoorSearch.search(DoorSearch.rows(many, CITIES, KOLKATA, Locale.ENGLISH, TODAY), "");

        assertEquals(DoorSearch.MAX_SHOWN, result.rows().size());
        assertEquals(DoorSearch.MAX_SHOWN + 20, result.matches());
        assertTrue(result.truncated());
        assertFalse(DoorSearch.search(DoorSearch.rows(many, CITIES, KOLKATA, Locale.ENGLISH, TODAY), "person 01").truncated());
    }

    @Test
    void theQueryIsTrimmedAndCut() {
        assertEquals("", DoorSearch.query(null));
        assertEquals("asha", DoorSearch.query("  asha \n"));
        assertEquals(DoorSearch.MAX_QUERY, DoorSearch.query("x".repeat(500)).length());
    }

    @Test
    void theRedirectAfterAnActionKeepsTheQuery() {
        UUID workshop = UUID.fromString("0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10");
        UUID who = UUID.fromString("0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21");
        assertEquals("/organiser/workshops/" + workshop + "/check-in?q=S%C3%A3o+Paulo+%26+co&done=in&who=" + who,
                DoorPages.back(workshop, "São Paulo & co", "in", who));
    }

    private static List<String> names(DoorSearch.Result result) {
        return result.rows().stream().map(DoorSearch.Row::fullName).toList();
    }
}
