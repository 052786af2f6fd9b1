package org.convene.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.convene.platform.http.InFlightLimit;
import org.convene.platform.problem.RouteProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;

/**
 * The instance-wide bound on work: at most {@code convene.http.max-in-flight} API requests in progress (waiting for a
 * worker thread or being served), whatever the offered load; one more is a 503 problem with {@code Retry-After: 1}
 * (see {@link InFlightLimit}). Together with {@code quarkus.http.limits.max-connections} (connections beyond it are
 * closed at once) and {@code quarkus.http.limits.max-body-size} this bounds what a flood can make the instance hold,
 * and the heap is sized from those bounds (docs/operations.md, "Bounds"). {@code /q/*} (OpenAPI, Swagger UI) is not
 * counted; health and metrics live on the management port, outside this server altogether.
 */
@ApplicationScoped
public class RequestAdmission {

    @ConfigProperty(name = "convene.http.max-in-flight", defaultValue = "256")
    int maxInFlight;

    @Inject
    MeterRegistry registry;

    private InFlightLimit limit;

    void install(@Observes Router router) {
        limit = new InFlightLimit("requests", maxInFlight, RouteProblems.overloaded("this instance is serving "
                + maxInFlight + " requests already; retry in a second (with the same Idempotency-Key for a sign-up)"))
                .withMetrics(registry);
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().path().startsWith("/q/") || limit.admit(context)) {
                context.next();
            }
        });
    }

    public InFlightLimit limit() {
        return limit;
    }
}
