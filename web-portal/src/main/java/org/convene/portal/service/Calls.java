package org.convene.portal.service;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.ServiceUnavailable;

/** One call to a service: a connection failure, time-out or 5xx becomes ServiceUnavailable naming that service. */
final class Calls {

    private Calls() {
    }

    static <T> T to(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailable e) {
            throw new ServiceUnavailable(service, e.getMessage());
        } catch (ProcessingException e) {
            if (e.getCause() instanceof ServiceProblem problem) {
                throw problem;
            }
            throw new ServiceUnavailable(service, String.valueOf(e.getMessage()));
        }
    }
}
