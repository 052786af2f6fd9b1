package org.convene.portal.console.door;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The door's list: the workshop's confirmed attendees, by name, and the search that narrows it as the organiser
 * types. A query is cut into words; an attendee matches when every word is found in their name, city or
 * organisation, ignoring case and Latin accents ("sao" finds "São Paulo"). At most {@link #MAX_SHOWN} rows are
 * shown; the organiser types more to narrow a longer list.
 */
public final class DoorSearch {

    public static final int MAX_SHOWN = 100;
    /** A query longer than this is cut: a name, a city and an organisation fit well within it. */
    static final int MAX_QUERY = 200;

    private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DoorSearch() {
    }

    /** One attendee as the door shows them; {@code checkedInAt} is the time of the check-in, written for the page. */
    public record Row(UUID id, String fullName, String organisation, String city, boolean checkedIn,
            String checkedInAt, String haystack) {
    }

    /**
     * What a query found: the rows to show, how many matched, out of how many confirmed attendees, and how many of
     * those are checked in (the counts at the top of the page, whatever the query).
     */
    public record Result(String q, List<Row> rows, int matches, int total, int checkedIn) {

        public boolean truncated() {
            return matches > rows.size();
        }

        public boolean searching() {
            return !q.isBlank();
        }

        /** The progress bar's share, 0 to 100. */
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * checkedIn / total);
        }
    }

    /** The confirmed attendees as rows, by name; {@code cities} names their cities (an unknown one stays empty). */
    public static List<Row> rows(List<Attendee> attendees, Map<UUID, String> cities, ZoneId zone, Locale locale,
            LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (Attendee a : attendees) {
            String name = a.fullName() == null ? "" : a.fullName();
            String organisation = a.organisation() == null ? "" : a.organisation();
            String city = a.cityId() == null ? "" : cities.getOrDefault(a.cityId(), "");
            rows.add(new Row(a.id(), name, organisation, city, a.checkedIn(),
                    time(a.checkedInAt(), zone, locale, today), fold(name + " " + city + " " + organisation)));
        }
        rows.sort(Comparator.comparing((Row r) -> fold(r.fullName())).thenComparing(r -> r.id().toString()));
        return rows;
    }

    /** The rows that match {@code q} (all of them for an empty query), the first {@link #MAX_SHOWN} shown. */
    public static Result search(List<Row> rows, String q) {
        String query = query(q);
        List<String> words = words(query);
        List<Row> found = rows.stream().filter(row -> matches(row, words)).toList();
        int checkedIn = (int) rows.stream().filter(Row::checkedIn).count();
        return new Result(query, found.size() > MAX_SHOWN ? found.subList(0, MAX_SHOWN) : found, found.size(),
                rows.size(), checkedIn);
    }

    /** The query as it is kept in the form and the links: trimmed, at most {@link #MAX_QUERY} characters. */
    static String query(String q) {
        if (q == null) {
            return "";
        }
        String trimmed = q.strip();
        return trimmed.length() > MAX_QUERY ? trimmed.substring(0, MAX_QUERY) : trimmed;
    }

    static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(SPACES.split(folded));
    }

    static boolean matches(Row row, List<String> words) {
        return words.stream().allMatch(row.haystack()::contains);
    }

    /** Lower case, Latin accents off, spaces collapsed: the same on both sides of a comparison. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        String plain = ACCENTS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(Normalizer.normalize(plain, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip())
                .replaceAll(" ");
    }

    /** The time of a check-in in the workshop's zone: the clock alone on the day, with the date on another. */
    static String time(OffsetDateTime at, ZoneId zone, Locale locale, LocalDate today) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZoneSameInstant(zone);
        Locale shown = "en".equals(locale.getLanguage()) ? Locale.UK : locale;
        DateTimeFormatter format = local.toLocalDate().equals(today)
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        return format.withLocale(shown).format(local);
    }
}
