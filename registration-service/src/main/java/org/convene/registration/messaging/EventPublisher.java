package org.convene.registration.messaging;

import static org.convene.registration.mapping.Times.local;
import static org.convene.registration.mapping.Times.utc;

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
        boolean withToken = registration.status != RegistrationStatus.CANCELLED
                && !RegistrationEvents.REGISTRATION_CHECKED_IN.equals(type);
        RegistrationEvents.RegistrationData data = new RegistrationEvents.RegistrationData(registration.id,
                registration.workshopId, registration.status.name(), registration.waitlistPosition,
                registration.fullName, registration.email, registration.memberId, registration.cityId,
                utc(registration.registeredAt), utc(registration.checkedInAt),
                registration.cancelledBy == null ? null : registration.cancelledBy.name(),
                withToken ? registration.manageTokenSealed : null, workshopRef(workshop));
        outbox.record(RegistrationEvents.REGISTRATIONS_TOPIC, workshop.id, type, registration.id, data);
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
