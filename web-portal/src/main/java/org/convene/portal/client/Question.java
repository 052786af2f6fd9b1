package org.convene.portal.client;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A question of a workshop's sign-up form, as the API gives it: {@code label} and {@code help} are a text or an
 * object language → text; {@code type} one of TEXT, LONG_TEXT, CHOICE, MULTI_CHOICE, BOOLEAN, NUMBER, DATE, COUNTRY.
 */
public record Question(String key, JsonNode label, String type, Boolean required, List<Option> options,
        JsonNode help) {

    public record Option(String key, JsonNode label) {
    }

    public List<Option> choices() {
        return options == null ? List.of() : options;
    }

    public boolean mandatory() {
        return Boolean.TRUE.equals(required);
    }

    /** A text of the API in the reader's language, else English, else the first one given. */
    public static String text(JsonNode node, String lang) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.hasNonNull(lang)) {
            return node.get(lang).asText();
        }
        if (node.hasNonNull("en")) {
            return node.get("en").asText();
        }
        Iterator<JsonNode> any = node.elements();
        return any.hasNext() ? any.next().asText() : null;
    }
}
