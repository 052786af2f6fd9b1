package org.convene.portal.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns a service's error answer into a ServiceProblem (4xx, with its RFC 9457 body) or ServiceUnavailable (5xx). */
public class ProblemResponses implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new ServiceUnavailable("a service", "answered " + status);
        }
        return new ServiceProblem(problemOf(status, response.hasEntity() ? response.readEntity(String.class) : null));
    }

    /** The problem in the body, or one made from the status alone when the body is not a problem. */
    static Problem problemOf(int status, String body) {
        if (body != null && !body.isBlank()) {
            try {
                Problem problem = JSON.readValue(body, Problem.class);
                if (problem.status() == status) {
                    return problem;
                }
            } catch (Exception e) {
                // not a problem document: fall through
            }
        }
        return new Problem(null, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), status, null, null);
    }
}
