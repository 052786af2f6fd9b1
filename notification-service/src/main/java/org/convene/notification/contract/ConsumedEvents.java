package org.convene.notification.contract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The topics and CloudEvents types this service consumes (contracts/asyncapi.yaml, contracts/events), named once: the
 * handlers bind these types, and webhooks may subscribe to exactly these.
 */
public final class ConsumedEvents {

    public static final String REGISTRATIONS_TOPIC = "registration.registrations.v1";
    public static final String WORKSHOPS_TOPIC = "registration.workshops.v1";
    public static final String INVITATIONS_TOPIC = "registration.invitations.v1";
    public static final String MEMBERS_TOPIC = "directory.members.v1";

    public static final String REGISTRATION_CONFIRMED = "convene.registration.confirmed.v1";
    public static final String REGISTRATION_WAITLISTED = "convene.registration.waitlisted.v1";
    public static final String REGISTRATION_PROMOTED = "convene.registration.promoted.v1";
    public static final String REGISTRATION_CANCELLED = "convene.registration.cancelled.v1";
    public static final String REGISTRATION_SUBMITTED = "convene.registration.submitted.v1";
    public static final String REGISTRATION_APPROVED = "convene.registration.approved.v1";
    public static final String REGISTRATION_REJECTED = "convene.registration.rejected.v1";
    public static final String REGISTRATION_TRANSFERRED = "convene.registration.transferred.v1";
    public static final String REGISTRATION_UPDATED = "convene.registration.updated.v1";
    public static final String REGISTRATION_CHECKED_IN = "convene.registration.checked-in.v1";
    public static final String REGISTRATION_CHECK_IN_UNDONE = "convene.registration.check-in-undone.v1";

    public static final String WORKSHOP_PUBLISHED = "convene.workshop.published.v1";
    public static final String WORKSHOP_UPDATED = "convene.workshop.updated.v1";
    public static final String WORKSHOP_CANCELLED = "convene.workshop.cancelled.v1";

    public static final String INVITATION_CREATED = "convene.invitation.created.v1";
    public static final String INVITATION_REMINDER_DUE = "convene.invitation.reminder-due.v1";
    public static final String INVITATION_ACCEPTED = "convene.invitation.accepted.v1";
    public static final String INVITATION_DECLINED = "convene.invitation.declined.v1";
    public static final String INVITATION_REVOKED = "convene.invitation.revoked.v1";

    public static final String MEMBER_CREATED = "convene.member.created.v1";
    public static final String MEMBER_UPDATED = "convene.member.updated.v1";
    public static final String MEMBER_ERASED = "convene.member.erased.v1";

    /** Every type above, in the order of the topics. */
    public static final Set<String> TYPES = new LinkedHashSet<>(List.of(REGISTRATION_CONFIRMED,
            REGISTRATION_WAITLISTED, REGISTRATION_PROMOTED, REGISTRATION_CANCELLED, REGISTRATION_SUBMITTED,
            REGISTRATION_APPROVED, REGISTRATION_REJECTED, REGISTRATION_TRANSFERRED, REGISTRATION_UPDATED,
            REGISTRATION_CHECKED_IN, REGISTRATION_CHECK_IN_UNDONE, WORKSHOP_PUBLISHED, WORKSHOP_UPDATED,
            WORKSHOP_CANCELLED, INVITATION_CREATED, INVITATION_REMINDER_DUE, INVITATION_ACCEPTED, INVITATION_DECLINED,
            INVITATION_REVOKED, MEMBER_CREATED, MEMBER_UPDATED, MEMBER_ERASED));

    private ConsumedEvents() {
    }
}
