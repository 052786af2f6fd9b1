package org.convene.portal.client;

import java.util.UUID;

/** A city of the network, from directory-service's {@code GET /api/v1/cities}. */
public record City(UUID id, String name, String countryCode, String region) {

    /** The id as the form sends it back. */
    public String key() {
        return id.toString();
    }
}
