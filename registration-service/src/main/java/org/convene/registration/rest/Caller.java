package org.convene.registration.rest;

import org.convene.platform.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** What the resources need to know about the caller of a public endpoint. */
final class Caller {

    private Caller() {
    }

    /** True with a valid organiser token; a bad token is a 401 (authentication runs on first use). */
    static boolean isOrganiser(SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.hasRole(Roles.ORGANISER);
    }
}
