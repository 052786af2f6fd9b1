package org.convene.portal.console;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.rest.Visit;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;

/** The console's own error page: a signed-in account without the organiser role. */
public class ConsoleErrors {

    @Inject
    Visit visit;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        ConsoleMessages words = ConsoleWords.in(ConsoleMessages.class, visit.lang());
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(visit.page(ConsoleTemplates.message(words.forbidden_title(), words.forbidden_text()))).build();
    }
}
