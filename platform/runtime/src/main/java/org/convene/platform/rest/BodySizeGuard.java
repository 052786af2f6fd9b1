package org.convene.platform.rest;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.convene.platform.problem.RouteProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * Refuses a request whose declared body is larger than {@code quarkus.http.limits.max-body-size} before reading it,
 * with a 413 problem (the HTTP layer's own refusal of a body without Content-Length still applies, with no body).
 */
@ApplicationScoped
public class BodySizeGuard {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && declaredLength(length) > limit) {
                RouteProblems.send(context, 413, "payload-too-large", "Payload too large",
                        "the request body may be at most " + limit + " bytes", Map.of("Connection", "close"));
                return;
            }
            context.next();
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
