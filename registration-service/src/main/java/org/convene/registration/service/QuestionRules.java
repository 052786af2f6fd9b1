package org.convene.registration.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.convene.platform.problem.Problem;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.validation.PlainTextValidator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of a workshop's question definitions beyond the annotations (400 naming {@code questions[i].<field>}),
 * and what may change once people have answered (422 questions-in-use).
 */
final class QuestionRules {

    static final Set<String> TYPES = Set.of("TEXT", "LONG_TEXT", "CHOICE", "MULTI_CHOICE", "BOOLEAN", "NUMBER",
            "DATE", "COUNTRY");
    private static final Set<String> CHOICES = Set.of("CHOICE", "MULTI_CHOICE");

    private QuestionRules() {
    }

    static void check(List<WorkshopDraft.Question> questions, List<Problem.FieldError> errors) {
        if (questions == null) {
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            WorkshopDraft.Question q = questions.get(i);
            String at = "questions[" + i + "].";
            if (q == null) {
                errors.add(new Problem.FieldError("questions[" + i + "]", "must be a question"));
                continue;
            }
            if (q.key() != null && !keys.add(q.key())) {
                errors.add(new Problem.FieldError(at + "key", "duplicates the key of another question"));
            }
            if (q.type() != null && !TYPES.contains(q.type())) {
                errors.add(new Problem.FieldError(at + "type", "must be one of " + new java.util.TreeSet<>(TYPES)));
            }
            boolean choice = CHOICES.contains(q.type());
            if (choice && (q.options() == null || q.options().isEmpty())) {
                errors.add(new Problem.FieldError(at + "options", "a " + q.type() + " question needs options"));
            }
            if (!choice && q.options() != null && !q.options().isEmpty()) {
                errors.add(new Problem.FieldError(at + "options", "only CHOICE and MULTI_CHOICE questions have options"));
            }
            text(q.label(), at + "label", errors);
            if (q.help() != null && !q.help().isNull()) {
                text(q.help(), at + "help", errors);
            }
            if (q.options() != null) {
                Set<String> optionKeys = new HashSet<>();
                for (int j = 0; j < q.options().size(); j++) {
                    WorkshopDraft.Option option = q.options().get(j);
                    String optionAt = at + "options[" + j + "].";
                    if (option == null) {
                        errors.add(new Problem.FieldError(at + "options[" + j + "]", "must be an option"));
                        continue;
                    }
                    if (option.key() != null && !optionKeys.add(option.key())) {
                        errors.add(new Problem.FieldError(optionAt + "key", "duplicates another option's key"));
                    }
                    text(option.label(), optionAt + "label", errors);
                }
            }
        }
    }

    /** A label or help: text, or an object language → text (200 characters each, at most 20 languages). */
    private static void text(JsonNode value, String field, List<Problem.FieldError> errors) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isTextual()) {
            if (!plain(value.asText())) {
                errors.add(new Problem.FieldError(field, "must be 1 to 500 characters of plain text"));
            }
            return;
        }
        if (!value.isObject() || value.isEmpty() || value.size() > 20) {
            errors.add(new Problem.FieldError(field, "must be text or an object language → text"));
            return;
        }
        value.fields().forEachRemaining(entry -> {
            if (!entry.getKey().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?") || !entry.getValue().isTextual()
                    || !plain(entry.getValue().asText())) {
                errors.add(new Problem.FieldError(field + "." + entry.getKey(),
                        "must be a language tag (en, bn, pt-BR) → 1 to 500 characters of plain text"));
            }
        });
    }

    private static boolean plain(String text) {
        return !text.isBlank() && text.length() <= 500 && PlainTextValidator.firstOffence(text, false, true) < 0;
    }

    /**
     * What an edit of the questions may not do once a workshop has active registrations: change a question's type,
     * make a question required (or add a required one), or remove an option that some answer chose. Labels, help,
     * new optional questions, a question made optional, and removed questions (their answers stay stored) are fine.
     *
     * @param chosen whether some active registration's answer to question (key) chose option (key)
     */
    static void checkChange(JsonNode before, JsonNode after, BiPredicate<String, String> chosen) {
        Map<String, JsonNode> old = new HashMap<>();
        if (before != null) {
            before.forEach(q -> old.put(q.get("key").asText(), q));
        }
        if (after == null) {
            return;
        }
        for (JsonNode q : after) {
            String key = q.get("key").asText();
            JsonNode was = old.get(key);
            boolean required = q.path("required").asBoolean(false);
            if (was == null) {
                if (required) {
                    throw inUse("question " + key + " is new and required, but people have signed up without it");
                }
                continue;
            }
            if (!was.get("type").asText().equals(q.get("type").asText())) {
                throw inUse("question " + key + " cannot change its type once people have signed up");
            }
            if (required && !was.path("required").asBoolean(false)) {
                throw inUse("question " + key + " cannot become required once people have signed up");
            }
            Set<String> removed = new HashSet<>(Answers.options(was));
            removed.removeAll(Answers.options(q));
            for (String option : removed) {
                if (chosen.test(key, option)) {
                    throw inUse("option " + option + " of question " + key + " was chosen in an answer");
                }
            }
        }
    }

    private static ProblemException inUse(String detail) {
        return ProblemException.rule("questions-in-use", "Questions in use", detail);
    }
}
