package org.convene.registration.messaging;

import static org.convene.registration.mapping.Times.local;
import static org.convene.registration.mapping.Times.utc;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.outbox.Outbox;
import org.convene.registration.domain.Invitation;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.Workshop;

/** Records this service's events in the outbox, in the caller's transaction. Key: always the workshop id. */
@ApplicationScoped
public class EventPublisher {

    /** Event types that never carry the sealed manage token. */
    private static final Set<String> WITHOUT_TOKEN = Set.of(RegistrationEvents.REGISTRATION_CHECKED_IN,
            RegistrationEvents.REGISTRATION_CHECK_IN_UNDONE);

    @Inject
    Outbox outbox;

    public void workshop(String type, Workshop workshop) {
        outbox.record(RegistrationEvents.WORKSHOPS_TOPIC, workshop.id, type, workshop.id, workshopData(workshop));
    }

    /**
     * A registration event; the sealed manage token travels only while the registration is active, and not on a
     * check-in or its undoing (they send no email).
     */
    public void registration(String type, Registration registration, Workshop workshop) {
        outbox.recordAll(List.of(event(type, registration, workshopRef(workshop))));
    }

    /** The events of a group of sign-ups (confirmed, waitlisted or submitted, by status), in one batch and in order. */
    public void signedUp(List<Registration> registrations, Workshop workshop) {
        RegistrationEvents.WorkshopRef ref = workshopRef(workshop);
        outbox.recordAll(registrations.stream().map(r -> event(switch (r.status) {
            case CONFIRMED -> RegistrationEvents.REGISTRATION_CONFIRMED;
            case WAITLISTED -> RegistrationEvents.REGISTRATION_WAITLISTED;
            case PENDING -> RegistrationEvents.REGISTRATION_SUBMITTED;
            default -> throw new IllegalStateException("a sign-up is never " + r.status);
        }, r, ref)).toList());
    }

    /** registration.rejected, with the organiser's reason. */
    public void rejected(Registration registration, Workshop workshop) {
        String type = RegistrationEvents.REGISTRATION_REJECTED;
        outbox.record(RegistrationEvents.REGISTRATIONS_TOPIC, registration.workshopId, type, registration.id,
                new RegistrationEvents.RejectedData(data(type, registration, workshopRef(workshop)),
                        registration.rejectionReason));
    }

    /** registration.transferred: the registration as the colleague now holds it (their token), and the previous holder. */
    public void transferred(Registration registration, Registration.Holder previous, Workshop workshop) {
        String type = RegistrationEvents.REGISTRATION_TRANSFERRED;
        outbox.record(RegistrationEvents.REGISTRATIONS_TOPIC, registration.workshopId, type, registration.id,
                new RegistrationEvents.TransferredData(data(type, registration, workshopRef(workshop)),
                        new RegistrationEvents.Previous(previous.fullName(), previous.email(), previous.memberId())));
    }

    /** invitation.* events of one workshop, in one batch and in order. */
    public void invitations(String type, List<Invitation> invitations, Workshop workshop) {
        RegistrationEvents.WorkshopRef ref = workshopRef(workshop);
        boolean withToken = RegistrationEvents.INVITATION_CREATED.equals(type)
                || RegistrationEvents.INVITATION_REMINDER_DUE.equals(type);
        outbox.recordAll(invitations.stream().map(i -> new Outbox.Event(RegistrationEvents.INVITATIONS_TOPIC,
                i.workshopId, type, i.id, new RegistrationEvents.InvitationData(i.id, i.workshopId, i.status.name(),
                        i.fullName, i.email, i.memberId, i.cityId, i.organisationId, i.via, i.skipApproval,
                        utc(i.invitedAt), utc(i.answeredAt), i.declineReason, i.registrationId,
                        withToken ? i.tokenSealed : null, ref))).toList());
    }

    private static Outbox.Event event(String type, Registration registration, RegistrationEvents.WorkshopRef ref) {
        return new Outbox.Event(RegistrationEvents.REGISTRATIONS_TOPIC, registration.workshopId, type,
                registration.id, data(type, registration, ref));
    }

    private static RegistrationEvents.RegistrationData data(String type, Registration registration,
            RegistrationEvents.WorkshopRef ref) {
        boolean withToken = registration.isActive() && !WITHOUT_TOKEN.contains(type);
        return new RegistrationEvents.RegistrationData(registration.id,
                registration.workshopId, registration.status.name(), registration.waitlistPosition,
                registration.fullName, registration.email, registration.memberId, registration.cityId,
                utc(registration.registeredAt), utc(registration.checkedInAt),
                registration.cancelledBy == null ? null : registration.cancelledBy.name(),
                withToken ? registration.manageTokenSealed : null, ref);
    }

    static RegistrationEvents.WorkshopData workshopData(Workshop w) {
        return new RegistrationEvents.WorkshopData(w.id, w.title, w.description, w.hostCityId, w.venue, w.timezone,
                local(w.startsAt, w.timezone), local(w.endsAt, w.timezone), w.capacity, w.status.name(), w.sequence);
    }

    static RegistrationEvents.WorkshopRef workshopRef(Workshop w) {
        return new RegistrationEvents.WorkshopRef(w.id, w.title, w.venue, w.timezone, local(w.startsAt, w.timezone),
                local(w.endsAt, w.timezone), w.sequence);
    }
}
