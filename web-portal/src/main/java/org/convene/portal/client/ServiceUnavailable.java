package org.convene.portal.client;

/** A service did not answer, or answered that it cannot now (5xx): the visitor sees the "try again" page. */
public class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, String reason) {
        super(service + ": " + reason, null, false, false);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
