package org.convene.portal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.portal.client.Problem;

/**
 * What went wrong with a form, in the visitor's language: a message beside each field the API's problem names
 * ({@code errors[].field}, or the field a business rule is about), and messages about the whole form. The summary at
 * the top of the page lists both, the field messages linking to their fields.
 */
public final class FormErrors {

    /** One line of the summary; {@code field} is null for a message about the whole form. */
    public record Line(String field, String text) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The sign-up form's errors for a problem answered by {@code POST /workshops/{id}/registrations}. */
    public static FormErrors ofSignUp(Problem problem, Messages messages) {
        FormErrors errors = new FormErrors();
        switch (problem.kind()) {
            case "conflict" -> errors.field("email", messages.error_already_registered());
            case "unknown-city" -> errors.field("cityId", messages.error_cityId());
            case "registration-closed" -> errors.general(messages.error_closed());
            case "workshop-full" -> errors.general(messages.error_full());
            case "rate-limited" -> errors.general(messages.error_rate_limited());
            default -> {
                for (Problem.FieldError error : problem.errors()) {
                    String field = formField(error.field());
                    String text = signUpFieldMessage(field, messages);
                    if (text != null) {
                        errors.field(field, text);
                    } else if (field.startsWith("answers.")) {
                        errors.field(field, error.message());
                    } else {
                        errors.general(field.isEmpty() ? error.message() : field + ": " + error.message());
                    }
                }
                if (!errors.any()) {
                    errors.general(problem.detail() == null ? messages.error_form() : problem.detail());
                }
            }
        }
        return errors;
    }

    /**
     * The form field an API field path names: {@code fullName} stays, {@code answers[dietary]} (a map key, as the
     * validator writes it) becomes {@code answers.dietary}, the name the form gives that answer.
     */
    static String formField(String path) {
        if (path == null) {
            return "";
        }
        String field = path.replace("<map value>", "").replace("<K>", "").replace("<V>", "");
        field = field.replace("[", ".").replace("]", "");
        while (field.contains("..")) {
            field = field.replace("..", ".");
        }
        return field.endsWith(".") ? field.substring(0, field.length() - 1) : field;
    }

    private static String signUpFieldMessage(String field, Messages messages) {
        return switch (field) {
            case "fullName" -> messages.error_fullName();
            case "email" -> messages.error_email();
            case "cityId" -> messages.error_cityId();
            case "organisation" -> messages.error_organisation();
            default -> null;
        };
    }

    public FormErrors field(String field, String text) {
        byField.putIfAbsent(field, text);
        return this;
    }

    public FormErrors general(String text) {
        general.add(text);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message beside a field, or null. */
    public String of(String field) {
        return byField.get(field);
    }

    /** The summary: messages about the whole form first, then each field's, in the order the form shows them. */
    public List<Line> summary(List<String> fieldOrder) {
        List<Line> lines = new ArrayList<>();
        general.forEach(text -> lines.add(new Line(null, text)));
        fieldOrder.stream().filter(byField::containsKey).forEach(field -> lines.add(new Line(field, byField.get(field))));
        byField.forEach((field, text) -> {
            if (!fieldOrder.contains(field)) {
                lines.add(new Line(field, text));
            }
        });
        return lines;
    }
}
