package org.convene.portal.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.convene.platform.http.InFlightLimit;
import org.convene.portal.service.LanguageChoice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The portal's bound on work, as the services have theirs: at most {@code convene.portal.max-in-flight} requests in
 * progress (each holds a worker thread while it waits for the services); one more gets, at once and before its body
 * is read, a short 503 "try again" page with {@code Retry-After: 1} in the visitor's language, instead of joining a
 * queue that grows as long as the flood lasts. The page is written here, on the event loop, without the layout (no
 * request context): a few hundred bytes, no service call.
 */
@ApplicationScoped
public class PageAdmission {

    @ConfigProperty(name = "convene.portal.max-in-flight", defaultValue = "64")
    int maxInFlight;

    private InFlightLimit limit;

    void install(@Observes Router router) {
        limit = new InFlightLimit("pages", maxInFlight, PageAdmission::tryAgain);
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().path().startsWith("/q/") || limit.admit(context)) {
                context.next();
            }
        });
    }

    /** Requests in progress now (for tests). */
    public int inFlight() {
        return limit.inFlight();
    }

    private static void tryAgain(RoutingContext context) {
        Cookie cookie = context.request().getCookie(Visit.LANGUAGE_COOKIE);
        String lang = LanguageChoice.choose(context.request().getParam("lang"),
                cookie == null ? null : cookie.getValue(), context.request().getHeader("Accept-Language"));
        Messages messages = Visit.messagesIn(lang);
        String page = "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + messages.down_title() + "</title><link rel=\"stylesheet\" href=\"/portal.css\"></head>"
                + "<body><main id=\"main\"><h1>" + messages.down_title() + "</h1><p>" + messages.busy_text()
                + "</p></main></body></html>\n";
        context.response().setStatusCode(503).putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Retry-After", "1").putHeader("Cache-Control", "no-store")
                .putHeader("Referrer-Policy", "no-referrer").putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; form-action 'self'")
                .end(page);
    }
}
