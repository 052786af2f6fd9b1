package org.convene.platform.rest;

import java.util.UUID;

import org.convene.platform.problem.ProblemException;

/** {@code ?limit=} (default 50, 1 to 200) and {@code ?cursor=}, read from the raw strings so bad values are a 400. */
public record PageRequest(int limit, UUID after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(String limit, String cursor) {
        int size = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        UUID after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor.trim());
        return new PageRequest(size, after);
    }

    /** Rows to fetch: one more than shown, to know whether there is a next page. */
    public int fetchSize() {
        return limit + 1;
    }
}
