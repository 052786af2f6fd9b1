package org.convene.registration.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convene.platform.problem.Problem;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.validation.PlainTextValidator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A sign-up's answers checked against the workshop's questions (as stored: the validated definitions): each answer a
 * JSON value of its question's type. Unknown key, missing required answer, wrong type or unknown option: a 400
 * naming {@code answers.<key>}.
 */
public final class Answers {

    static final int TEXT_MAX = 2_000;
    static final int LONG_TEXT_MAX = 10_000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Answers() {
    }

    /** The 400 for what does not fit, or null when every answer does. */
    public static ProblemException check(JsonNode questions, Map<String, JsonNode> answers) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        if (questions != null) {
            questions.forEach(q -> byKey.put(q.get("key").asText(), q));
        }
        Map<String, JsonNode> given = answers == null ? Map.of() : answers;
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> answer : given.entrySet()) {
            if (!byKey.containsKey(answer.getKey())) {
                errors.add(error(answer.getKey(), "is not a question of this workshop"));
            }
        }
        for (JsonNode question : byKey.values()) {
            String key = question.get("key").asText();
            JsonNode value = given.get(key);
            if (value == null || value.isNull()) {
                if (question.path("required").asBoolean(false)) {
                    errors.add(error(key, "is required"));
                }
                continue;
            }
            String wrong = wrongValue(question, value);
            if (wrong != null) {
                errors.add(error(key, wrong));
            }
        }
        if (errors.isEmpty()) {
            return null;
        }
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " answers are invalid";
        return new ProblemException(400, "validation", "Invalid input", detail, errors, Map.of());
    }

    /** The answers as plain JSON values for the jsonb column (null for none). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> stored(Map<String, JsonNode> answers) {
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        answers.forEach((key, value) -> {
            if (value != null && !value.isNull()) {
                plain.put(key, PLAIN.convertValue(value, Object.class));
            }
        });
        return plain.isEmpty() ? null : plain;
    }

    private static String wrongValue(JsonNode question, JsonNode value) {
        String type = question.get("type").asText();
        return switch (type) {
            case "TEXT" -> text(value, TEXT_MAX, false);
            case "LONG_TEXT" -> text(value, LONG_TEXT_MAX, true);
            case "BOOLEAN" -> value.isBoolean() ? null : "must be true or false";
            case "NUMBER" -> value.isNumber() ? null : "must be a number";
            case "DATE" -> date(value);
            case "COUNTRY" -> value.isTextual() && COUNTRIES.contains(value.asText()) ? null
                    : "must be an ISO 3166-1 alpha-2 country code";
            case "CHOICE" -> value.isTextual() && options(question).contains(value.asText()) ? null
                    : "must be one of " + options(question);
            case "MULTI_CHOICE" -> multiChoice(question, value);
            default -> "has a question of unknown type " + type;
        };
    }

    private static String text(JsonNode value, int max, boolean multiline) {
        if (!value.isTextual()) {
            return "must be a string";
        }
        if (value.asText().length() > max) {
            return "must be at most " + max + " characters";
        }
        return PlainTextValidator.firstOffence(value.asText(), multiline, true) >= 0
                ? "must not contain control or invisible formatting characters" : null;
    }

    private static String date(JsonNode value) {
        if (value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate.parse(value.asText());
                return null;
            } catch (DateTimeParseException e) {
                // falls through
            }
        }
        return "must be a date YYYY-MM-DD";
    }

    private static String multiChoice(JsonNode question, JsonNode value) {
        Set<String> options = options(question);
        if (!value.isArray()) {
            return "must be an array of option keys";
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode chosen : value) {
            if (!chosen.isTextual() || !options.contains(chosen.asText())) {
                return "must hold only options of " + options;
            }
            if (!seen.add(chosen.asText())) {
                return "must not repeat an option";
            }
        }
        return null;
    }

    static Set<String> options(JsonNode question) {
        Set<String> keys = new java.util.TreeSet<>();
        question.path("options").forEach(o -> keys.add(o.get("key").asText()));
        return keys;
    }

    private static Problem.FieldError error(String key, String message) {
        return new Problem.FieldError("answers." + key, message);
    }
}
