package org.convene.portal.console.outreach;

import java.util.UUID;

import org.convene.portal.client.Problem;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.outreach.OutreachViews.AnnouncementRequest;
import org.convene.portal.rest.FormErrors;

/**
 * An announcement as the organiser writes it: a one-line subject and a plain-text message, checked here as
 * notification-service checks them (not blank, at most 200 and 20,000 characters) so that a mistake is shown beside
 * its field before the preview.
 */
public record AnnouncementForm(String subject, String body) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20000;

    public static AnnouncementForm empty() {
        return new AnnouncementForm("", "");
    }

    /** What the form sent: the subject trimmed (it is one line), the message as written, its line ends as \n. */
    public static AnnouncementForm of(String subject, String body) {
        String line = subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ").strip();
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        return new AnnouncementForm(line, text.strip().isEmpty() ? "" : text.stripTrailing());
    }

    /** The mistakes the service would refuse, beside their fields; none when the announcement can be previewed. */
    public FormErrors check(OutreachMessages words) {
        FormErrors errors = FormErrors.none();
        if (subject.isBlank()) {
            errors.field("subject", words.error_subject());
        } else if (subject.length() > MAX_SUBJECT) {
            errors.field("subject", words.error_subject_long());
        }
        if (body.isBlank()) {
            errors.field("body", words.error_body());
        } else if (body.length() > MAX_BODY) {
            errors.field("body", words.error_body_long());
        }
        return errors;
    }

    public AnnouncementRequest request(UUID workshopId) {
        return new AnnouncementRequest(workshopId, subject, body);
    }

    /** A refusal of {@code POST /api/v1/announcements}, beside the fields it names, else about the whole form. */
    public static FormErrors ofProblem(Problem problem, OutreachMessages words) {
        FormErrors errors = FormErrors.none();
        if (problem.status() == 404) {
            return errors.general(words.error_workshop_unknown());
        }
        if ("workshop-cancelled".equals(problem.kind())) {
            return errors.general(words.ann_cancelled());
        }
        for (Problem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            if (field.endsWith("subject")) {
                errors.field("subject", error.message() == null ? words.error_subject() : words.error_refused(error.message()));
            } else if (field.endsWith("body")) {
                errors.field("body", error.message() == null ? words.error_body() : words.error_refused(error.message()));
            } else {
                errors.general(words.error_refused(ConsoleProblems.line(field, error.message())));
            }
        }
        if (!errors.any()) {
            errors.general(words.error_refused(ConsoleProblems.detail(problem)));
        }
        return errors;
    }
}
