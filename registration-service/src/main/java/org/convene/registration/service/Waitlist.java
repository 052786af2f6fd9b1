package org.convene.registration.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.registration.domain.Registration;
import org.convene.registration.domain.RegistrationStatus;
import org.convene.registration.domain.Workshop;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.RegistrationRepository;

/**
 * The waitlist of a workshop: positions 1..waitlistCount, contiguous, first come first served. Every method runs in
 * the caller's transaction and expects the workshop's row lock to be held.
 */
@ApplicationScoped
public class Waitlist {

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventPublisher events;

    @Inject
    EntityManager em;

    /**
     * Gives free seats to the head of the waitlist: promotes {@code min(seats left, waitlisted)} registrations in
     * position order (registration.promoted each) and moves the rest of the line forward.
     *
     * @return how many were promoted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fillFreeSeats(Workshop workshop, Instant now) {
        int promote = Math.min(workshop.seatsLeft(), workshop.waitlistCount);
        if (promote <= 0) {
            return 0;
        }
        List<Registration> head = registrations.firstWaitlisted(workshop.id, promote);
        for (Registration registration : head) {
            registration.status = RegistrationStatus.CONFIRMED;
            registration.waitlistPosition = null;
            registration.confirmedAt = now;
        }
        workshop.confirmedCount += head.size();
        workshop.waitlistCount -= head.size();
        em.flush();
        registrations.shiftWaitlist(workshop.id, 0, head.size());
        for (Registration registration : head) {
            events.registration(RegistrationEvents.REGISTRATION_PROMOTED, registration, workshop);
        }
        return head.size();
    }

    /** Closes the gap a registration leaving the waitlist at {@code position} made (it is already flushed out). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leave(Workshop workshop, int position) {
        workshop.waitlistCount -= 1;
        em.flush();
        registrations.shiftWaitlist(workshop.id, position, 1);
    }
}
