package org.convene.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * On every page: {@code Cache-Control: no-store} (pages carry a visitor's registration, email address or CSRF token;
 * no shared or browser cache keeps them), the language cookie when {@code ?lang=} chose one, and a page instead of
 * the bare 400 the CSRF filter answers for a form without a valid token. Referrer-Policy, the content security
 * policy and nosniff are set for every response, static files included, in application.properties.
 */
public class PageHeaders {

    @Inject
    Visit visit;

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        visit.rememberAskedLanguage();
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())) {
            Messages messages = visit.messages();
            response.setEntity(visit.page(Templates.problem(messages.error_title(), messages.error_form())).render(),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
