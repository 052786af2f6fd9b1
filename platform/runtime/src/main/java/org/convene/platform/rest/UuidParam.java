package org.convene.platform.rest;

import java.util.UUID;

import org.convene.platform.problem.ProblemException;

/** Reads an id from a query parameter or body string; a malformed one is a 400 naming the field. */
public final class UuidParam {

    private UuidParam() {
    }

    public static UUID parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }
}
