package org.convene.portal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.convene.portal.client.Page;
import org.convene.portal.service.Calls;

/** A keyset-paginated collection read page after page through {@link Calls}, at most so many pages of it. */
public final class ConsolePaging {

    /** The items read; {@code complete} is false when the bound cut the collection short. */
    public record Read<T>(List<T> items, boolean complete) {
    }

    private ConsolePaging() {
    }

    /** {@code page}: the page after a cursor (null: the first). */
    public static <T> Read<T> read(String service, int maxPages, Function<String, Page<T>> page) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        for (int n = 0; n < maxPages; n++) {
            String from = cursor;
            Page<T> answer = Calls.to(service, () -> page.apply(from));
            items.addAll(answer.items());
            cursor = answer.next();
            if (cursor == null) {
                return new Read<>(items, true);
            }
        }
        return new Read<>(items, false);
    }

    /** The items of {@link #read}, complete or not. */
    public static <T> List<T> all(String service, int maxPages, Function<String, Page<T>> page) {
        return read(service, maxPages, page).items();
    }
}
