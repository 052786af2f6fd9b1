package org.convene.portal.service;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.ServiceUnavailable;

/** One call to a service: a connection failure, time-out or 5xx becomes ServiceUnavailable naming that service. */
public final class Calls {

    public static final String REGISTRATION = "registration-service";
    public static final String DIRECTORY = "directory-service";
    public static final String NOTIFICATION = "notification-service";

    private Calls() {
    }

    /** The reason is logged: a URL in it (a notification-service call carries ?token=) loses its tokens. */
    static String withoutTokens(String reason) {
        return reason.replaceAll("token=[^&\\s]*", "token=…");
    }

    public static <T> T to(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailable e) {
            throw new ServiceUnavailable(service, e.getMessage());
        } catch (ProcessingException e) {
            if (e.getCause() instanceof ServiceProblem problem) {
                throw problem;
            }
            if (e.getCause() instanceof ServiceUnavailable unavailable) {
                throw new ServiceUnavailable(service, unavailable.getMessage());
            }
            throw new ServiceUnavailable(service, withoutTokens(String.valueOf(e.getMessage())));
        }
    }

    /** A call answering nothing the caller reads. */
    public static void run(String service, Runnable call) {
        to(service, () -> {
            call.run();
            return null;
        });
    }
}
