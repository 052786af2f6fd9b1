package org.convene.platform.problem;

import java.util.Map;

import org.convene.platform.http.InFlightLimit;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers with a problem straight from a Vert.x route, before any REST resource runs (the body-size guard, the sign-up
 * admission limit): the same RFC 9457 body the {@link ProblemMappers} write.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** The refusal of an {@link InFlightLimit}: a 503 problem with {@code Retry-After: 1} and this detail. */
    public static InFlightLimit.Refusal overloaded(String detail) {
        return context -> send(context, 503, "overloaded", "Too many requests in progress", detail,
                Map.of("Retry-After", "1"));
    }

    public static void send(RoutingContext context, int status, String slug, String title, String detail,
            Map<String, String> headers) {
        JsonObject problem = json(context, status, slug, title, detail);
        var response = context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(response::putHeader);
        response.end(problem.encode());
    }

    /** The problem body itself, for a route that must write the answer some other way. */
    public static JsonObject json(RoutingContext context, int status, String slug, String title, String detail) {
        return new JsonObject().put("type", Problem.TYPE_BASE + slug).put("title", title).put("status", status)
                .put("detail", detail).put("instance", context.request().path());
    }
}
