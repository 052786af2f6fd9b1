package org.convene.notification.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.Registrant;
import org.convene.notification.domain.RegistrantStatus;
import org.convene.notification.domain.Workshop;
import org.convene.notification.domain.WorkshopStatus;
import org.convene.notification.repository.RegistrantRepository;
import org.convene.notification.repository.WorkshopRepository;

/** Keeps the local replicas of workshops and registrations up to date from events. */
@ApplicationScoped
public class Replicas {

    @Inject
    WorkshopRepository workshops;

    @Inject
    RegistrantRepository registrants;

    /**
     * Applies a workshop snapshot unless a newer revision (higher sequence) is already known. {@code status} null
     * keeps the known status (registration events do not carry it). Returns the workshop as now known.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workshop applyWorkshop(WorkshopSnapshot snapshot, WorkshopStatus status) {
        // Both consumers (registrations and workshops) write this row: insert-if-absent, then lock it.
        int inserted = workshops.getEntityManager().createNativeQuery("""
                insert into workshop (id, title, venue, timezone, starts_at, ends_at, sequence, status, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now()) on conflict (id) do nothing""")
                .setParameter(1, snapshot.id()).setParameter(2, snapshot.title()).setParameter(3, snapshot.venue())
                .setParameter(4, snapshot.timezone()).setParameter(5, snapshot.startsAt().toInstant())
                .setParameter(6, snapshot.endsAt().toInstant()).setParameter(7, snapshot.sequence())
                .setParameter(8, (status == null ? WorkshopStatus.OPEN : status).name()).executeUpdate();
        Workshop workshop = workshops.findById(snapshot.id(), LockModeType.PESSIMISTIC_WRITE);
        if (inserted == 1) {
            return workshop;
        }
        if (snapshot.sequence() > workshop.sequence
                || (snapshot.sequence() == workshop.sequence && status != null)) {
            copy(snapshot, workshop);
            if (status != null) {
                workshop.status = status;
            }
        }
        return workshop;
    }

    private static void copy(WorkshopSnapshot snapshot, Workshop workshop) {
        workshop.title = snapshot.title();
        workshop.venue = snapshot.venue();
        workshop.timezone = snapshot.timezone();
        workshop.startsAt = snapshot.startsAt().toInstant();
        workshop.endsAt = snapshot.endsAt().toInstant();
        workshop.sequence = snapshot.sequence();
        workshop.updatedAt = Instant.now();
    }

    @Inject
    ErasedAddresses erasedAddresses;

    /** Records the registration's new state. Returns its state before this event (null if it was unknown). */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrantStatus applyRegistration(RegistrationEventData data) {
        Registrant registrant = registrants.findById(data.registrationId());
        RegistrantStatus before = registrant == null ? null : registrant.status;
        boolean isNew = registrant == null;
        if (isNew) {
            registrant = new Registrant();
            registrant.registrationId = data.registrationId();
            registrant.lastActiveStatus = data.status() == RegistrantStatus.CONFIRMED ? RegistrantStatus.CONFIRMED
                    : RegistrantStatus.WAITLISTED;
        }
        registrant.workshopId = data.workshopId();
        registrant.email = Ledger.normalise(data.email());
        registrant.fullName = data.fullName();
        registrant.memberId = data.memberId();
        registrant.status = data.status();
        if (data.status().active()) {
            registrant.lastActiveStatus = data.status();
        }
        registrant.cancelledBy = data.cancelledBy();
        if (data.manageTokenSealed() != null) {
            registrant.manageTokenSealed = data.manageTokenSealed();
        }
        registrant.updatedAt = Instant.now();
        if (isNew) {
            erasedAddresses.lift(registrant.email); // a new registration with an erased address: the person is back
            registrants.persist(registrant); // after the fields are set: the insert takes the state at persist time
        }
        return before;
    }
}
