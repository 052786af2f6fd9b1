package org.convene.portal.client;

import java.util.List;

/** An RFC 9457 problem as the services answer it; {@code errors} names the fields of a 400. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The last segment of the type URI: {@code .../problems/workshop-full} → {@code workshop-full}. */
    public String kind() {
        if (type == null) {
            return "";
        }
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
