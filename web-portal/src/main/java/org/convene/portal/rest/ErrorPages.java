package org.convene.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.ServiceUnavailable;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A clear page, never a stack trace: a bad or expired link, a page that does not exist, a service that does not
 * answer. Nothing logged here carries a token (the log names the service and the status only).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Visit visit;

    @ServerExceptionMapper
    public Response badLink(BadLink e) {
        Messages messages = visit.messages();
        return page(404, messages.bad_link_title(), messages.bad_link_text());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        Messages messages = visit.messages();
        return page(404, messages.not_found_title(), messages.not_found_text());
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e) {
        LOG.warnf("%s: showing the try-again page", e.getMessage());
        Messages messages = visit.messages();
        return page(503, messages.down_title(), messages.down_text());
    }

    @ServerExceptionMapper
    public Response problem(ServiceProblem e) {
        LOG.infof("a service refused a request: %d %s", e.status(), e.problem().title());
        Messages messages = visit.messages();
        if (e.status() == 410 && "invitation-revoked".equals(e.problem().kind())) {
            return page(410, messages.invitation_gone_title(), messages.invitation_gone_text());
        }
        if (e.status() == 410) {
            return page(410, messages.link_expired_title(), messages.link_expired_text());
        }
        return page(e.status() == 404 ? 404 : 400, messages.error_title(), messages.error_text());
    }

    private Response page(int status, String title, String text) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(visit.page(Templates.problem(title, text)));
        if (status == 503) {
            response.header("Retry-After", "60");
        }
        return response.build();
    }
}
