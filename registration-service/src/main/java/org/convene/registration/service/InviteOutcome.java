package org.convene.registration.service;

import java.util.List;
import java.util.UUID;

/** What an invite call did: invitations created, emails that already had one, items skipped and why. */
public record InviteOutcome(int created, int alreadyInvited, List<Skipped> skipped) {

    /** An item of the request that invited nobody: {@code item} its place (memberIds[2]), {@code reason} a slug. */
    public record Skipped(String item, UUID id, String reason) {
    }
}
