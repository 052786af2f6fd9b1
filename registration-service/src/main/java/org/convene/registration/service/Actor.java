package org.convene.registration.service;

import org.convene.platform.security.SealedSecrets;

/** Who acts on a registration: an organiser (JWT role), or whoever holds a manage token (maybe none). */
public record Actor(boolean organiser, String manageToken) {

    /** Organisers may act on any registration; a token only on the registration whose hash it matches. */
    public boolean mayActOn(String manageTokenHash) {
        return organiser || SealedSecrets.matches(manageToken, manageTokenHash);
    }

    public boolean hasCredentials() {
        return organiser || manageToken != null && !manageToken.isBlank();
    }
}
