package org.convene.portal.console.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import org.convene.portal.client.Page;

/**
 * The registrations table's rows. The API filters by status and pages with a cursor; what it lacks (a city, a part
 * of the name or email) is filtered here, bounded: from the cursor on, whole API pages are read until enough rows
 * match or {@link #BUDGET} registrations were read, and the next page goes on from the API's cursor after the last
 * page read (no row is skipped or shown twice).
 */
public final class RegistrationSearch {

    /** Rows of one page without filters here (the API's page). */
    public static final int SHOWN = 50;
    /** The API page read while filtering here (its largest). */
    public static final int READ = 200;
    /** The registrations read for one page of filtered rows, at most. */
    public static final int BUDGET = 2000;

    /** One API call: the page after cursor (null: the first), of limit rows. */
    public interface Fetch {
        Page<PeopleModel.Person> page(String cursor, int limit);
    }

    /** Rows to show; next: the cursor of the next page, or null; read: registrations read (when filtered here). */
    public record Result(List<PeopleModel.Person> rows, String next, int read, boolean filtered) {

        /** Filtered here, stopped by the budget, and more follow. */
        public boolean cutShort() {
            return filtered && next != null && rows.size() < SHOWN;
        }
    }

    public static Result search(Fetch fetch, String cursor, UUID city, String q) {
        Predicate<PeopleModel.Person> filter = filter(city, q);
        if (filter == null) {
            Page<PeopleModel.Person> page = fetch.page(cursor, SHOWN);
            return new Result(page.items(), page.next(), page.items().size(), false);
        }
        List<PeopleModel.Person> rows = new ArrayList<>();
        String at = cursor;
        int read = 0;
        do {
            Page<PeopleModel.Person> page = fetch.page(at, READ);
            read += page.items().size();
            page.items().stream().filter(filter).forEach(rows::add);
            at = page.next();
        } while (at != null && rows.size() < SHOWN && read < BUDGET);
        return new Result(rows, at, read, true);
    }

    /** The filter of what the API cannot filter, or null when there is none. */
    static Predicate<PeopleModel.Person> filter(UUID city, String q) {
        String wanted = q == null ? "" : fold(q.strip());
        if (city == null && wanted.isEmpty()) {
            return null;
        }
        return p -> (city == null || city.equals(p.cityId()))
                && (wanted.isEmpty() || fold(p.fullName()).contains(wanted) || fold(p.email()).contains(wanted));
    }

    /** Lower case without Latin accents (Bengali unchanged): "José" finds "jose". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036f]", "")
                .toLowerCase(Locale.ROOT);
    }
}
