package org.convene.portal.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

import org.convene.portal.client.Question;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A workshop's questions as form fields (named {@code answers.<key>}, as the API names the answers), in the reader's
 * language, with what was typed or answered before; and back: the form's values as the API's typed answers.
 */
public final class QuestionFields {

    private QuestionFields() {
    }

    public record Choice(String key, String label, boolean checked) {
    }

    /** One question as the form shows it. */
    public record Field(String name, String type, String label, String help, boolean required, List<Choice> choices,
            String value, String error) {

        public boolean ofType(String kind) {
            return kind.equals(type);
        }

        public boolean checked() {
            return "true".equals(value);
        }
    }

    /** A given answer as the attendee's page shows it: the question's label and the answer in words. */
    public record Line(String label, String value) {
    }

    public static String name(Question question) {
        return "answers." + question.key();
    }

    public static List<Field> fields(List<Question> questions, String lang, Map<String, List<String>> values,
            FormErrors errors) {
        List<Field> fields = new ArrayList<>();
        for (Question question : questions) {
            List<String> given = values.getOrDefault(question.key(), List.of());
            List<Choice> choices = question.choices().stream()
                    .map(o -> new Choice(o.key(), Question.text(o.label(), lang), given.contains(o.key()))).toList();
            fields.add(new Field(name(question), question.type(), Question.text(question.label(), lang),
                    Question.text(question.help(), lang), question.mandatory(), choices,
                    given.isEmpty() ? "" : given.get(0), errors.of(name(question))));
        }
        return fields;
    }

    /** The error summary with each question's line prefixed by its label ("Diet: is required"). */
    public static List<FormErrors.Line> labelled(List<FormErrors.Line> summary, List<Field> fields) {
        Map<String, String> labels = new LinkedHashMap<>();
        fields.forEach(field -> labels.put(field.name(), field.label()));
        return summary.stream().map(line -> line.field() != null && labels.containsKey(line.field())
                ? new FormErrors.Line(line.field(), labels.get(line.field()) + ": " + line.text()) : line).toList();
    }

    /** What the form sent for each question, by key (blank values left out). */
    public static Map<String, List<String>> values(List<Question> questions, MultivaluedMap<String, String> form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Question question : questions) {
            List<String> sent = form.get(name(question));
            if (sent != null) {
                List<String> kept = sent.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
                if (!kept.isEmpty()) {
                    values.put(question.key(), kept);
                }
            }
        }
        return values;
    }

    /** The answers a registration holds, as form values. */
    public static Map<String, List<String>> values(Map<String, JsonNode> answers) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        answers.forEach((key, answer) -> {
            if (answer == null || answer.isNull()) {
                return;
            }
            List<String> list = new ArrayList<>();
            if (answer.isArray()) {
                answer.forEach(item -> list.add(item.asText()));
            } else {
                list.add(answer.asText());
            }
            values.put(key, list);
        });
        return values;
    }

    /**
     * The API's answers: a number for NUMBER (text the API then refuses, naming the field, when it is not one), true
     * for a ticked BOOLEAN, a list for MULTI_CHOICE, text otherwise. A question left empty has no answer.
     */
    public static Map<String, Object> answers(List<Question> questions, Map<String, List<String>> values) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            List<String> given = values.get(question.key());
            if (given == null || given.isEmpty()) {
                continue;
            }
            String first = given.get(0);
            answers.put(question.key(), switch (question.type()) {
                case "MULTI_CHOICE" -> given;
                case "BOOLEAN" -> "true".equals(first) ? Boolean.TRUE : first;
                case "NUMBER" -> number(first);
                default -> first;
            });
        }
        return answers;
    }

    /** The answers in words, in the order of the questions. */
    public static List<Line> lines(List<Question> questions, Map<String, JsonNode> answers, String lang,
            Messages messages) {
        List<Line> lines = new ArrayList<>();
        for (Question question : questions) {
            JsonNode answer = answers.get(question.key());
            if (answer == null || answer.isNull()) {
                continue;
            }
            String label = Question.text(question.label(), lang);
            Map<String, String> options = question.choices().stream()
                    .collect(Collectors.toMap(Question.Option::key, o -> Question.text(o.label(), lang), (a, b) -> a));
            String value;
            if (answer.isArray()) {
                List<String> words = new ArrayList<>();
                answer.forEach(item -> words.add(options.getOrDefault(item.asText(), item.asText())));
                value = String.join(", ", words);
            } else if (answer.isBoolean()) {
                value = answer.asBoolean() ? messages.answer_yes() : messages.answer_no();
            } else {
                value = options.getOrDefault(answer.asText(), answer.asText());
            }
            lines.add(new Line(label, value));
        }
        return lines;
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
