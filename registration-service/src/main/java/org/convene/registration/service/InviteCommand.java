package org.convene.registration.service;

import java.util.List;
import java.util.UUID;

/** Whom to invite: members, every member of some cities or organisations (the replica's), and other people. */
public record InviteCommand(List<UUID> memberIds, List<UUID> cityIds, List<UUID> organisationIds, List<Person> people,
        boolean skipApproval) {

    /** Someone outside the directory; {@code email} normalised. */
    public record Person(String fullName, String email) {
    }
}
