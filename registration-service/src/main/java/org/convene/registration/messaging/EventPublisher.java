package org.convene.registration.messaging;

import static org.convene.registration.mapping.Times.local;
import static org.convene.registration.mapping.Times.utc;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.outbox.Outbox;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.RegistrationStatus;
import org.convene.registration.domain.Workshop;

/** Records this service's events in the outbox, in the caller's transaction. Key: always the workshop id. */
@ApplicationScoped
public class EventPublisher {

    @Inject
    Outbox outbox;

    public void workshop(String type, Workshop workshop) {
        outbox.record(RegistrationEvents.WORKSHOPS_TOPIC, workshop.id, type, workshop.id, workshopData(workshop));
    }

    /** A registration event; the sealed manage token travels only on confirmed, waitlisted and promoted. */
    public void registration(String type, Registration registration, Workshop workshop) {
        outbox.recordAll(List.of(event(type, registration, workshopRef(workshop))));
    }

    /** The events of a group of sign-ups (confirmed or waitlisted, by status), in one batch and in order. */
    public void signedUp(List<Registration> registrations, Workshop workshop) {
        RegistrationEvents.WorkshopRef ref = workshopRef(workshop);
        outbox.recordAll(registrations.stream().map(r -> event(r.status == RegistrationStatus.CONFIRMED
                ? RegistrationEvents.REGISTRATION_CONFIRMED
                : RegistrationEvents.REGISTRATION_WAITLISTED, r, ref)).toList());
    }

    private static Outbox.Event event(String type, Registration registration, RegistrationEvents.WorkshopRef ref) {
        boolean withToken = registration.status != RegistrationStatus.CANCELLED
                && !RegistrationEvents.REGISTRATION_CHECKED_IN.equals(type);
        RegistrationEvents.RegistrationData data = new RegistrationEvents.RegistrationData(registration.id,
                registration.workshopId, registration.status.name(), registration.waitlistPosition,
                registration.fullName, registration.email, registration.memberId, registration.cityId,
                utc(registration.registeredAt), utc(registration.checkedInAt),
                registration.cancelledBy == null ? null : registration.cancelledBy.name(),
                withToken ? registration.manageTokenSealed : null, ref);
        return new Outbox.Event(RegistrationEvents.REGISTRATIONS_TOPIC, registration.workshopId, type,
                registration.id, data);
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
