package org.convene.platform.http;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;

/**
 * At most {@code limit} requests of one kind in progress in this instance; one more is refused at once, on the event
 * loop and before its body is read, with its refusal (a 503 and {@code Retry-After}). A refusal costs microseconds and
 * holds nothing, so a flood of any size leaves the instance with a bounded amount of work (and of request bodies in
 * memory: {@code limit} × {@code quarkus.http.limits.max-body-size}) instead of a queue that grows until the heap is
 * full. The count falls when the answer has been sent or the connection has gone.
 */
public final class InFlightLimit {

    /** How a refused request is answered (a 503 problem for an API, a "try again" page for the portal). */
    @FunctionalInterface
    public interface Refusal {
        void refuse(RoutingContext context);
    }

    private final String name;
    private final int limit;
    private final Refusal refusal;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();

    /** {@code refusal} answers a request beyond the limit, at once, before its body is read. */
    public InFlightLimit(String name, int limit, Refusal refusal) {
        this.name = name;
        this.limit = limit;
        this.refusal = refusal;
    }

    /**
     * Lets the request in (and arranges for the count to fall when it ends) or answers it with the refusal.
     * Returns whether the request was let in; the caller then calls {@code context.next()}.
     */
    public boolean admit(RoutingContext context) {
        if (limit <= 0) {
            return true;
        }
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            refused.incrementAndGet();
            refusal.refuse(context);
            return false;
        }
        context.addEndHandler(done -> inFlight.decrementAndGet());
        return true;
    }

    /** Gauge {@code convene_http_in_flight} and counter {@code convene_http_refused_total}, tagged by the limit. */
    public InFlightLimit withMetrics(MeterRegistry registry) {
        Gauge.builder("convene.http.in.flight", this, InFlightLimit::inFlight).tag("limit", name)
                .description("requests in progress under this limit").register(registry);
        FunctionCounter.builder("convene.http.refused", this, InFlightLimit::refused).tag("limit", name)
                .description("requests answered 503 because the limit was reached").register(registry);
        return this;
    }

    public int limit() {
        return limit;
    }

    /** Requests in progress now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Requests refused since start. */
    public long refused() {
        return refused.get();
    }
}
