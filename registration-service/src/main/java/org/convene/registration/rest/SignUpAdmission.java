package org.convene.registration.rest;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.convene.platform.problem.RouteProblems;
import org.convene.registration.config.SignUpGrouping;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Load shedding for the sign-up rush: at most {@code convene.sign-up.max-in-flight} sign-ups are in progress in this
 * instance (waiting for a worker thread, queued for their workshop's group or being decided). One more is refused at
 * once, on the event loop and before its body is read, with a 503 problem and {@code Retry-After: 1}: an answer in
 * microseconds the client can act on, instead of a queue whose waiting time grows without bound.
 */
@ApplicationScoped
public class SignUpAdmission {

    private static final Pattern SIGN_UP = Pattern.compile("/api/v1/workshops/[^/]+/registrations/?");

    @Inject
    SignUpGrouping config;

    private final AtomicInteger inFlight = new AtomicInteger();

    void install(@Observes Router router) {
        int limit = config.maxInFlight();
        if (limit <= 0) {
            return;
        }
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().method() != HttpMethod.POST || !SIGN_UP.matcher(context.request().path()).matches()) {
                context.next();
                return;
            }
            if (inFlight.incrementAndGet() > limit) {
                inFlight.decrementAndGet();
                RouteProblems.send(context, 503, "overloaded", "Too many sign-ups at once",
                        "this instance is deciding " + limit + " sign-ups already; retry in a second with the same"
                                + " Idempotency-Key",
                        Map.of("Retry-After", "1"));
                return;
            }
            context.addEndHandler(done -> inFlight.decrementAndGet());
            context.next();
        });
    }

    /** Sign-ups in progress now (for tests and metrics). */
    public int inFlight() {
        return inFlight.get();
    }
}
