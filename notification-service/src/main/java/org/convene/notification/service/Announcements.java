package org.convene.notification.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.domain.NotificationType;
import org.convene.notification.domain.Registrant;
import org.convene.notification.domain.Workshop;
import org.convene.notification.domain.WorkshopStatus;
import org.convene.notification.repository.NotificationRepository;
import org.convene.notification.repository.RegistrantRepository;
import org.convene.notification.repository.WorkshopRepository;
import org.convene.platform.Ids;
import org.convene.platform.problem.ProblemException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An organiser's message to a workshop's active registrants: one ledger row each, SUPPRESSED for who opted out. */
@ApplicationScoped
public class Announcements {

    @Inject
    WorkshopRepository workshops;

    @Inject
    RegistrantRepository registrants;

    @Inject
    NotificationRepository notifications;

    @Inject
    Ledger ledger;

    @Transactional
    public AnnouncementQueued announce(UUID workshopId, String subject, String body) {
        Workshop workshop = workshops.findById(workshopId);
        if (workshop == null) {
            throw ProblemException.notFound("workshop", workshopId);
        }
        if (workshop.status == WorkshopStatus.CANCELLED) {
            throw ProblemException.rule("workshop-cancelled", "Workshop cancelled",
                    "workshop " + workshopId + " is cancelled; its registrants were told already");
        }
        UUID id = Ids.newId();
        int queued = 0;
        int suppressed = 0;
        for (Registrant registrant : registrants.active(workshopId)) {
            ObjectNode payload = Payloads.of(workshop);
            payload.put("subject", subject.trim());
            payload.put("body", body);
            UUID row = ledger.queue(new Draft("announcement:" + id, NotificationType.ANNOUNCEMENT, registrant.email,
                    registrant.fullName, registrant.memberId, workshopId, registrant.registrationId, payload));
            if (row != null && notifications.findById(row).status == NotificationStatus.SUPPRESSED) {
                suppressed++;
            } else if (row != null) {
                queued++;
            }
        }
        return new AnnouncementQueued(id, workshopId, queued, suppressed);
    }
}
