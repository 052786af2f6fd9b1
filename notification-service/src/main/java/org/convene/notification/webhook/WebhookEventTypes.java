package org.convene.notification.webhook;

import java.util.Set;

/** The CloudEvents types a subscription can ask for: every type this service's handlers consume. */
public final class WebhookEventTypes {

    /** Matches every type. */
    public static final String ALL = "*";

    public static final Set<String> KNOWN = Set.of(
            // registration.registrations.v1
            "convene.registration.confirmed.v1", "convene.registration.waitlisted.v1",
            "convene.registration.promoted.v1", "convene.registration.cancelled.v1",
            "convene.registration.submitted.v1", "convene.registration.approved.v1",
            "convene.registration.rejected.v1", "convene.registration.transferred.v1",
            "convene.registration.updated.v1", "convene.registration.checked-in.v1",
            "convene.registration.check-in-undone.v1",
            // registration.workshops.v1
            "convene.workshop.published.v1", "convene.workshop.updated.v1", "convene.workshop.cancelled.v1",
            // registration.invitations.v1
            "convene.invitation.created.v1", "convene.invitation.reminder-due.v1", "convene.invitation.accepted.v1",
            "convene.invitation.declined.v1", "convene.invitation.revoked.v1",
            // directory.members.v1
            "convene.member.created.v1", "convene.member.updated.v1", "convene.member.erased.v1");

    private WebhookEventTypes() {
    }
}
