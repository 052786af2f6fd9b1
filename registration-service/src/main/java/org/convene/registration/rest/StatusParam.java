package org.convene.registration.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.convene.platform.problem.ProblemException;

/** A {@code ?status=} filter: one of an enum's names (any case), or null when absent; a 400 naming it otherwise. */
final class StatusParam {

    private StatusParam() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
