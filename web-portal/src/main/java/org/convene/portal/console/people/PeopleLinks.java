package org.convene.portal.console.people;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** The people pages' own links: a path with the query parameters given (blank ones left out), and id checks. */
final class PeopleLinks {

    private PeopleLinks() {
    }

    static String base(UUID workshopId, String tab) {
        return "/organiser/workshops/" + workshopId + "/" + tab;
    }

    /** path?k=v&k=v of the pairs given (key, value, key, value...); a null or blank value is left out. */
    static String of(String path, String... pairs) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                query.add(encode(pairs[i]) + "=" + encode(pairs[i + 1]));
            }
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** The id in a path; anything else is the "not found" page. */
    static UUID id(String value) {
        UUID id = PeopleViews.uuid(value);
        if (id == null) {
            throw new NotFoundException("not an id");
        }
        return id;
    }

    /** A cursor as the API gave it, or null: short and plain, else dropped. */
    static String cursor(String value) {
        if (value == null || value.isBlank() || value.length() > 200 || !value.matches("[A-Za-z0-9_=-]+")) {
            return null;
        }
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
