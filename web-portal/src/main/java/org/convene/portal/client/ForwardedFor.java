package org.convene.portal.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Every call to a service carries the visitor's address in {@code X-Forwarded-For}: the portal is a trusted proxy of
 * the services (they trust loopback by default, quarkus.http.proxy.trusted-proxies), so their per-address limits
 * count visitors, not the portal. The visitor's address is the one Quarkus resolved for this request (the portal
 * itself trusts the balancer in front of it the same way).
 */
@ApplicationScoped
public class ForwardedFor implements ClientHeadersFactory {

    @Inject
    CurrentVertxRequest currentRequest;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String visitor = visitorAddress();
        if (visitor != null) {
            headers.putSingle("X-Forwarded-For", visitor);
        }
        return headers;
    }

    private String visitorAddress() {
        RoutingContext context = currentRequest.getCurrent();
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        if (address == null) {
            return null;
        }
        return address.hostAddress() != null ? address.hostAddress() : address.host();
    }
}
