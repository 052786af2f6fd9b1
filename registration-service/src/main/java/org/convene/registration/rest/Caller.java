package org.convene.registration.rest;

import org.convene.platform.Roles;
import org.convene.registration.service.Actor;

import io.quarkus.security.identity.SecurityIdentity;

/** What the resources need to know about the caller of a public endpoint. */
final class Caller {

    private Caller() {
    }

    /** True with a valid organiser token; a bad token is a 401 (authentication runs on first use). */
    static boolean isOrganiser(SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.hasRole(Roles.ORGANISER);
    }

    /** An organiser, or whoever holds the manage token of the header (else of the ?token= query parameter). */
    static Actor actor(SecurityIdentity identity, String headerToken, String queryToken) {
        String token = headerToken != null && !headerToken.isBlank() ? headerToken.trim()
                : queryToken != null && !queryToken.isBlank() ? queryToken.trim() : null;
        return new Actor(isOrganiser(identity), token);
    }
}
