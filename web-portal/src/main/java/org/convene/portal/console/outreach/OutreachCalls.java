package org.convene.portal.console.outreach;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.console.ConsoleErrors;
import org.convene.portal.console.ConsoleMessages;
import org.convene.portal.console.ConsoleTemplates;
import org.convene.portal.rest.Visit;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.ServiceUnavailable;

/** One call to a service: a connection failure, time-out or 5xx becomes ServiceUnavailable naming that service. */
final class OutreachCalls {

    static final String REGISTRATION = "registration-service";
    static final String NOTIFICATION = "notification-service";

    private OutreachCalls() {
    }

    static void run(String service, Runnable call) {
        to(service, () -> {
            call.run();
            return null;
        });
    }

    static <T> T to(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailable e) {
            throw new ServiceUnavailable(service, e.getMessage());
        } catch (ProcessingException e) {
            if (e.getCause() instanceof ServiceProblem problem) {
                throw problem;
            }
            throw new ServiceUnavailable(service, String.valueOf(e.getMessage()));
        }
    }

    /**
     * A refusal the page did not expect, on the console's own page ("That did not work: the service refused: ..."),
     * never a stack trace; the status is the service's (a 4xx).
     */
    static Response refused(Visit visit, ServiceProblem e) {
        ConsoleMessages words = ConsoleErrors.words(visit.lang());
        String detail = e.problem().detail() == null ? e.problem().title() : e.problem().detail();
        return Response.status(e.status() >= 400 && e.status() < 500 ? e.status() : 400)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(visit.page(ConsoleTemplates.message(words.refused_title(), words.refused_text(detail))))
                .build();
    }
}
