package org.convene.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers to read event data by hand: a missing required field is an error naming it. */
final class Json {

    private Json() {
    }

    static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("event data lacks " + field);
        }
        return value;
    }

    static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("event data lacks " + field);
            }
            return null;
        }
        return value.asText();
    }

    static int integer(JsonNode node, String field) {
        return required(node, field).asInt();
    }
}
