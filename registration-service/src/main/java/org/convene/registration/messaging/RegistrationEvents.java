package org.convene.registration.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Topics and event types this service publishes and consumes (see contracts/events). */
public final class RegistrationEvents {

    public static final String WORKSHOPS_TOPIC = "registration.workshops.v1";
    public static final String REGISTRATIONS_TOPIC = "registration.registrations.v1";

    public static final String WORKSHOP_PUBLISHED = "convene.workshop.published.v1";
    public static final String WORKSHOP_UPDATED = "convene.workshop.updated.v1";
    public static final String WORKSHOP_CANCELLED = "convene.workshop.cancelled.v1";

    public static final String REGISTRATION_CONFIRMED = "convene.registration.confirmed.v1";
    public static final String REGISTRATION_WAITLISTED = "convene.registration.waitlisted.v1";
    public static final String REGISTRATION_PROMOTED = "convene.registration.promoted.v1";
    public static final String REGISTRATION_CANCELLED = "convene.registration.cancelled.v1";
    public static final String REGISTRATION_CHECKED_IN = "convene.registration.checked-in.v1";
    public static final String REGISTRATION_CHECK_IN_UNDONE = "convene.registration.check-in-undone.v1";
    public static final String REGISTRATION_SUBMITTED = "convene.registration.submitted.v1";
    public static final String REGISTRATION_APPROVED = "convene.registration.approved.v1";
    public static final String REGISTRATION_REJECTED = "convene.registration.rejected.v1";
    public static final String REGISTRATION_UPDATED = "convene.registration.updated.v1";
    public static final String REGISTRATION_TRANSFERRED = "convene.registration.transferred.v1";

    public static final String INVITATIONS_TOPIC = "registration.invitations.v1";
    public static final String INVITATION_CREATED = "convene.invitation.created.v1";
    public static final String INVITATION_ACCEPTED = "convene.invitation.accepted.v1";
    public static final String INVITATION_DECLINED = "convene.invitation.declined.v1";
    public static final String INVITATION_REVOKED = "convene.invitation.revoked.v1";
    public static final String INVITATION_REMINDER_DUE = "convene.invitation.reminder-due.v1";

    public static final String CITIES_TOPIC = "directory.cities.v1";
    public static final String MEMBERS_TOPIC = "directory.members.v1";
    public static final String CITY_CREATED = "convene.city.created.v1";
    public static final String CITY_UPDATED = "convene.city.updated.v1";
    public static final String MEMBER_CREATED = "convene.member.created.v1";
    public static final String MEMBER_UPDATED = "convene.member.updated.v1";
    public static final String MEMBER_ERASED = "convene.member.erased.v1";

    private RegistrationEvents() {
    }

    /** Data of workshop.published/updated/cancelled: the workshop's schedule as it now is. */
    public record WorkshopData(UUID id, String title, String description, UUID hostCityId, String venue,
            String timezone, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, String status,
            int sequence) {
    }

    /** The workshop as every registration event carries it, so that an email can be written from the event alone. */
    public record WorkshopRef(UUID id, String title, String venue, String timezone, OffsetDateTime startsAt,
            OffsetDateTime endsAt, int sequence) {
    }

    /** Data of every registration.* event: the registration as it now is. */
    public record RegistrationData(UUID registrationId, UUID workshopId, String status, Integer waitlistPosition,
            String fullName, String email, UUID memberId, UUID cityId, OffsetDateTime registeredAt,
            OffsetDateTime checkedInAt, String cancelledBy, String manageTokenSealed, WorkshopRef workshop) {
    }

    /** Data of registration.transferred: the registration, now the colleague's, and who held it before. */
    public record TransferredData(@JsonUnwrapped RegistrationData registration, Previous previous) {
    }

    /** The person who held a registration before its transfer. */
    public record Previous(String fullName, String email, UUID memberId) {
    }

    /** Data of registration.rejected: the registration and the organiser's reason (null: none given). */
    public record RejectedData(@JsonUnwrapped RegistrationData registration, String reason) {
    }

    /**
     * Data of every invitation.* event; the sealed token travels only in invitation.created and
     * invitation.reminder-due (for their emails).
     */
    public record InvitationData(UUID invitationId, UUID workshopId, String status, String fullName, String email,
            UUID memberId, UUID cityId, UUID organisationId, String via, boolean skipApproval,
            OffsetDateTime invitedAt, OffsetDateTime answeredAt, String declineReason, UUID registrationId,
            String tokenSealed, WorkshopRef workshop) {
    }
}
