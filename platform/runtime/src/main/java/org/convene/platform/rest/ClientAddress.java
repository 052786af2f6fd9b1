package org.convene.platform.rest;

import java.util.Locale;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address of the client a request came from, as the HTTP layer resolved it: the connection's peer, or, when that
 * peer is one of {@code quarkus.http.proxy.trusted-proxies}, the address the proxy put in {@code X-Forwarded-For}.
 * The same header from any other peer is ignored by Quarkus, so it cannot be used to pick a limit's key.
 */
public final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    /** The resolved address in a canonical form (no brackets, lower case), or {@code null} when there is none. */
    public static String of(HttpServerRequest request) {
        SocketAddress address = request == null ? null : request.remoteAddress();
        if (address == null) {
            return null;
        }
        String host = address.hostAddress() != null ? address.hostAddress() : address.host();
        if (host == null) {
            return null;
        }
        host = host.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.length() > MAX_LENGTH ? host.substring(0, MAX_LENGTH) : host;
    }
}
