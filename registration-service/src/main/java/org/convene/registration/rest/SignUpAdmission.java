package org.convene.registration.rest;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.convene.platform.http.InFlightLimit;
import org.convene.platform.problem.RouteProblems;
import org.convene.platform.rest.RequestAdmission;
import org.convene.registration.config.SignUpGrouping;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Load shedding for the sign-up rush: at most {@code convene.sign-up.max-in-flight} sign-ups (an invitation's accept
 * is one) are in progress in this instance (waiting for a worker thread, queued for their workshop's group or being
 * decided), inside the instance-wide
 * {@link RequestAdmission} bound. One more is refused at once, on the event loop and before its body is read, with a
 * 503 problem and {@code Retry-After: 1} (the platform's {@link InFlightLimit}).
 */
@ApplicationScoped
public class SignUpAdmission {

    private static final Pattern SIGN_UP = Pattern.compile(
            "/api/v1/(workshops/[^/]+/registrations|invitations/[^/]+/accept)/?");

    @Inject
    SignUpGrouping config;

    @Inject
    MeterRegistry registry;

    private InFlightLimit limit;

    void install(@Observes Router router) {
        int max = config.maxInFlight();
        limit = new InFlightLimit("sign-ups", max, RouteProblems.overloaded("this instance is deciding " + max
                + " sign-ups already; retry in a second with the same Idempotency-Key"));
        if (max <= 0) {
            return;
        }
        limit.withMetrics(registry);
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            boolean signUp = context.request().method() == HttpMethod.POST
                    && SIGN_UP.matcher(context.request().path()).matches();
            if (!signUp || limit.admit(context)) {
                context.next();
            }
        });
    }

    /** Sign-ups in progress now (for tests and metrics). */
    public int inFlight() {
        return limit.inFlight();
    }
}
