package org.convene.portal.console;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.Problem;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.rest.Visit;

/** How the console shows a service's refusal: its words, the line about a field, the page for one not expected. */
public final class ConsoleProblems {

    private ConsoleProblems() {
    }

    /** What the service said: its detail, else its title. */
    public static String detail(Problem problem) {
        return problem.detail() == null ? problem.title() : problem.detail();
    }

    public static String detail(ServiceProblem e) {
        return detail(e.problem());
    }

    /** A field error the form has no field for, as a line about the whole form: "field: message". */
    public static String line(String field, String message) {
        return field == null || field.isBlank() ? message : field + ": " + message;
    }

    /**
     * A refusal the page did not expect, on the console's own page ("That did not work: the service refused: ..."),
     * never a stack trace; the status is the service's (a 4xx).
     */
    public static Response refused(Visit visit, ServiceProblem e) {
        ConsoleMessages words = ConsoleWords.in(ConsoleMessages.class, visit.lang());
        return Response.status(e.status() >= 400 && e.status() < 500 ? e.status() : 400)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(visit.page(ConsoleTemplates.message(words.refused_title(), words.refused_text(detail(e)))))
                .build();
    }
}
