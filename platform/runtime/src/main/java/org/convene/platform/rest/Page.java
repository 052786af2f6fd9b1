package org.convene.platform.rest;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a collection: {@code {"items": [...], "next": "<opaque cursor or null>"}}. */
public record Page<T>(List<T> items,
        @Schema(description = "Cursor of the next page, or null on the last page", nullable = true,
                example = "AZOkKxRMcv2Mv6rBdL0n2w") String next) {

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row only says there is a next page.
     *
     * @param idOf the keyset id of a row; the cursor points after the last row returned
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, UUID> idOf, Function<R, T> view) {
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? Cursor.encode(idOf.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
