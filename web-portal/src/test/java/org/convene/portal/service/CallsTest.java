package org.convene.portal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ProcessingException;

import org.convene.portal.client.ServiceUnavailable;
import org.junit.jupiter.api.Test;

/** A service that does not answer: the page names the service; what is logged carries no token. */
class CallsTest {

    @Test
    void aFailedCallNamesItsServiceAndLosesTheTokensOfItsUrl() {
        ServiceUnavailable e = assertThrows(ServiceUnavailable.class, () -> Calls.to("notification-service", () -> {
            throw new ProcessingException("HTTP Request to http://127.0.0.1:8083/api/v1/preferences?token=eyJ.secret"
                    + "&x=1 timed out");
        }));
        assertEquals("notification-service", e.service());
        assertEquals("notification-service: HTTP Request to http://127.0.0.1:8083/api/v1/preferences?token=…&x=1"
                + " timed out", e.getMessage());
    }

    @Test
    void aServerErrorNamesItsService() {
        ServiceUnavailable e = assertThrows(ServiceUnavailable.class, () -> Calls.to("registration-service", () -> {
            throw new ServiceUnavailable("a service", "answered 503");
        }));
        assertEquals("registration-service", e.service());
    }
}
