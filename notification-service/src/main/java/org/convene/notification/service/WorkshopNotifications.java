package org.convene.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.NotificationType;
import org.convene.notification.domain.Registrant;
import org.convene.notification.domain.Workshop;
import org.convene.notification.domain.WorkshopStatus;
import org.convene.notification.repository.RegistrantRepository;
import org.convene.platform.ical.CalendarEvent;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What each workshop event means: the replica, and emails to everyone registered. */
@ApplicationScoped
public class WorkshopNotifications {

    @Inject
    Replicas replicas;

    @Inject
    RegistrantRepository registrants;

    @Inject
    Ledger ledger;

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(WorkshopSnapshot snapshot) {
        replicas.applyWorkshop(snapshot, snapshot.status());
    }

    /** A new invitation (same UID, raised SEQUENCE) to the confirmed; the new schedule to the waitlisted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String eventId, WorkshopSnapshot snapshot) {
        Workshop workshop = replicas.applyWorkshop(snapshot, snapshot.status());
        for (Registrant registrant : registrants.active(workshop.id)) {
            queue(eventId, NotificationType.WORKSHOP_UPDATED, workshop, registrant,
                    registrant.holdsInvitation() ? CalendarEvent.REQUEST : null);
        }
    }

    /** METHOD:CANCEL to those holding an invitation; everyone still registered (or cancelled with it) is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(WorkshopSnapshot snapshot) {
        Workshop workshop = replicas.applyWorkshop(snapshot, WorkshopStatus.CANCELLED);
        for (Registrant registrant : registrants.activeOrCancelledWithWorkshop(workshop.id)) {
            tellCancelled(workshop, registrant);
        }
    }

    /**
     * The workshop-cancelled email to one registrant. Its ledger key does not depend on which event led here: the
     * workshop.cancelled fan-out, or a registration.cancelled (cancelledBy=WORKSHOP) consumed after it (the two
     * topics are not ordered with each other), so whichever comes second adds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellCancelled(Workshop workshop, Registrant registrant) {
        queue(cancellationKey(workshop), NotificationType.WORKSHOP_CANCELLED, workshop, registrant,
                registrant.holdsInvitation() ? CalendarEvent.CANCEL : null);
    }

    static String cancellationKey(Workshop workshop) {
        return "workshop-cancelled:" + workshop.id;
    }

    private void queue(String eventId, NotificationType type, Workshop workshop, Registrant registrant,
            String calendar) {
        ObjectNode payload = Payloads.of(workshop, registrant);
        if (type == NotificationType.WORKSHOP_CANCELLED) {
            payload.remove("manageTokenSealed");
        }
        if (calendar != null) {
            payload.put("calendar", calendar);
        }
        ledger.queue(new Draft(eventId, type, registrant.email, registrant.fullName, registrant.memberId,
                workshop.id, registrant.registrationId, payload));
    }
}
