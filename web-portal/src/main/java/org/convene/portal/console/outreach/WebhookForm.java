package org.convene.portal.console.outreach;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convene.portal.client.Problem;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.outreach.OutreachViews.Webhook;
import org.convene.portal.console.outreach.OutreachViews.WebhookRequest;
import org.convene.portal.rest.FormErrors;

/**
 * A webhook as its form has it: the URL, a description and the event types ticked ("*" for all events, which
 * wins over single types). Checked here for the plain mistakes; the service checks the rest (the URL's host, among
 * others) and its refusals are shown beside the same fields.
 */
public record WebhookForm(String url, String description, List<String> eventTypes) {

    public static final int MAX_URL = 2000;
    public static final int MAX_DESCRIPTION = 500;
    /** The fields in the order the form shows them (the error summary follows it). */
    public static final List<String> FIELDS = List.of("url", "description", "eventTypes");

    public WebhookForm {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }

    public static WebhookForm empty() {
        return new WebhookForm("", "", List.of());
    }

    /** What the form sent; {@code types} are the values of its eventTypes check boxes. */
    public static WebhookForm of(String url, String description, List<String> types) {
        Set<String> chosen = new LinkedHashSet<>();
        if (types != null) {
            types.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(chosen::add);
        }
        List<String> eventTypes = chosen.contains(WebhookEvents.ALL) ? List.of(WebhookEvents.ALL) : List.copyOf(chosen);
        return new WebhookForm(url == null ? "" : url.strip(), description == null ? "" : description.strip(),
                eventTypes);
    }

    /** The form of a webhook being edited. */
    public static WebhookForm of(Webhook webhook) {
        return new WebhookForm(webhook.url(), webhook.description() == null ? "" : webhook.description(),
                webhook.eventTypes());
    }

    public boolean all() {
        return eventTypes.contains(WebhookEvents.ALL);
    }

    public Set<String> chosen() {
        return Set.copyOf(eventTypes);
    }

    public FormErrors check(OutreachMessages words) {
        FormErrors errors = FormErrors.none();
        String lower = url.toLowerCase(Locale.ROOT);
        if (url.isEmpty()) {
            errors.field("url", words.error_url());
        } else if (!(lower.startsWith("https://") || lower.startsWith("http://")) || url.length() > MAX_URL) {
            errors.field("url", words.error_url_scheme());
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.field("description", words.error_description());
        }
        if (eventTypes.isEmpty()) {
            errors.field("eventTypes", words.error_events());
        }
        return errors;
    }

    public WebhookRequest request() {
        return new WebhookRequest(url, eventTypes, description.isEmpty() ? null : description);
    }

    /** The merge patch that makes the webhook what the form says (a blank description clears it). */
    public Map<String, Object> mergePatch() {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("url", url);
        patch.put("eventTypes", eventTypes);
        patch.put("description", description.isEmpty() ? null : description);
        return patch;
    }

    /** A refusal of the service beside the field it names ({@code eventTypes[2]}: the events), else for the form. */
    public static FormErrors ofProblem(Problem problem, OutreachMessages words) {
        FormErrors errors = FormErrors.none();
        for (Problem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            String reason = error.message() == null ? "" : error.message();
            if (field.endsWith("url")) {
                errors.field("url", words.error_url_refused(reason));
            } else if (field.contains("eventTypes")) {
                errors.field("eventTypes", words.error_refused(reason));
            } else if (field.endsWith("description")) {
                errors.field("description", words.error_refused(reason));
            } else {
                errors.general(words.error_refused(ConsoleProblems.line(field, reason)));
            }
        }
        if (!errors.any()) {
            errors.general(words.error_refused(ConsoleProblems.detail(problem)));
        }
        return errors;
    }
}
