package org.convene.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.NotificationType;
import org.convene.notification.domain.Registrant;
import org.convene.notification.domain.RegistrantStatus;
import org.convene.notification.domain.Workshop;
import org.convene.notification.domain.WorkshopStatus;
import org.convene.notification.repository.RegistrantRepository;
import org.convene.platform.ical.CalendarEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What each registration event means for the ledger. Runs in the consuming transaction. */
@ApplicationScoped
public class RegistrationNotifications {

    @Inject
    Replicas replicas;

    @Inject
    RegistrantRepository registrants;

    @Inject
    Ledger ledger;

    @Inject
    WorkshopNotifications workshopNotifications;

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(String eventId, RegistrationEventData data) {
        queue(eventId, NotificationType.CONFIRMATION, data, CalendarEvent.REQUEST);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void waitlisted(String eventId, RegistrationEventData data) {
        queue(eventId, NotificationType.WAITLISTED, data, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void promoted(String eventId, RegistrationEventData data) {
        queue(eventId, NotificationType.PROMOTED, data, CalendarEvent.REQUEST);
    }

    /** An application (admission APPROVAL) arrived: it holds no seat yet; the applicant may withdraw it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applicationReceived(String eventId, RegistrationEventData data) {
        queue(eventId, NotificationType.APPLICATION_RECEIVED, data, null);
    }

    /** An approved application gets the email of the status the seat rules gave it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(String eventId, RegistrationEventData data) {
        if (data.status() == RegistrantStatus.CONFIRMED) {
            confirmed(eventId, data);
        } else {
            waitlisted(eventId, data);
        }
    }

    /** A rejected application or waitlisted registration, with the organiser's reason (if any); no manage link. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applicationRejected(String eventId, RegistrationEventData data, String reason) {
        Workshop workshop = replicas.applyWorkshop(data.workshop(), null);
        replicas.applyRegistration(data);
        ObjectNode payload = Payloads.of(workshop, registrants.findById(data.registrationId()));
        payload.remove("manageTokenSealed");
        if (reason != null) {
            payload.put("reason", reason);
        }
        ledger.queue(new Draft(eventId, NotificationType.APPLICATION_REJECTED, data.email(), data.fullName(),
                data.memberId(), data.workshopId(), data.registrationId(), payload));
    }

    /**
     * A place passed to a colleague: they get their manage link (and the invitation when the seat is confirmed), the
     * previous holder is told to whom it went. The replica now knows the colleague (reminders, announcements).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void transferred(String eventId, RegistrationEventData data, JsonNode previous) {
        queue(eventId, NotificationType.TRANSFER_RECEIVED, data,
                data.status() == RegistrantStatus.CONFIRMED ? CalendarEvent.REQUEST : null);
        Workshop workshop = replicas.applyWorkshop(data.workshop(), null);
        ObjectNode payload = Payloads.of(workshop);
        payload.put("registrationId", data.registrationId().toString());
        payload.put("colleague", data.fullName());
        String memberId = previous.path("memberId").isTextual() ? previous.get("memberId").asText() : null;
        ledger.queue(new Draft(eventId, NotificationType.TRANSFER_SENT, previous.get("email").asText(),
                previous.get("fullName").asText(), memberId == null ? null : java.util.UUID.fromString(memberId),
                data.workshopId(), data.registrationId(), payload));
    }

    /** New details (name, consent): the replica follows; no email. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(RegistrationEventData data) {
        replicas.applyWorkshop(data.workshop(), null);
        replicas.applyRegistration(data);
    }

    /** No email when the whole workshop was cancelled: its workshop-cancelled email says it all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(String eventId, RegistrationEventData data) {
        Workshop workshop = replicas.applyWorkshop(data.workshop(), null);
        RegistrantStatus before = replicas.applyRegistration(data);
        Registrant registrant = registrants.findById(data.registrationId());
        if ("WORKSHOP".equals(data.cancelledBy())) {
            if (workshop.status == WorkshopStatus.CANCELLED) {
                workshopNotifications.tellCancelled(workshop, registrant);
            }
            return;
        }
        boolean heldInvitation = before == null ? registrant.lastActiveStatus == RegistrantStatus.CONFIRMED
                : before == RegistrantStatus.CONFIRMED;
        ObjectNode payload = Payloads.of(workshop, registrant);
        payload.remove("manageTokenSealed");
        if (heldInvitation) {
            payload.put("calendar", CalendarEvent.CANCEL);
        }
        ledger.queue(new Draft(eventId, NotificationType.CANCELLED, data.email(), data.fullName(), data.memberId(),
                data.workshopId(), data.registrationId(), payload));
    }

    /** A check-in, or its undoing: the replica follows; no email. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attendanceChanged(RegistrationEventData data) {
        replicas.applyWorkshop(data.workshop(), null);
        replicas.applyRegistration(data);
    }

    private void queue(String eventId, NotificationType type, RegistrationEventData data, String calendar) {
        // The newest known revision of the workshop: an update consumed before this event is not lost.
        Workshop workshop = replicas.applyWorkshop(data.workshop(), null);
        replicas.applyRegistration(data);
        Registrant registrant = registrants.findById(data.registrationId());
        ObjectNode payload = Payloads.of(workshop, registrant);
        if (data.waitlistPosition() != null) {
            payload.put("waitlistPosition", data.waitlistPosition());
        }
        if (calendar != null) {
            payload.put("calendar", calendar);
        }
        ledger.queue(new Draft(eventId, type, data.email(), data.fullName(), data.memberId(), data.workshopId(),
                data.registrationId(), payload));
    }
}
