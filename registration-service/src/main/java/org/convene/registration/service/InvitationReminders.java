package org.convene.registration.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.registration.config.InvitationReminderConfig;
import org.convene.registration.domain.Invitation;
import org.convene.registration.mapping.Times;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.InvitationRepository;
import org.convene.registration.repository.WorkshopRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Announces, once per invitation, that its reminder is due (invitation.reminder-due; notification-service emails it):
 * see {@link InvitationRepository#lockDueForReminder} for which. The row lock, reminder_due_at and the outbox event
 * are one transaction, so a reminder is announced exactly once, whichever instance finds it.
 */
@ApplicationScoped
public class InvitationReminders {

    static final int BATCH = 500;

    @Inject
    InvitationReminderConfig config;

    @Inject
    InvitationRepository invitations;

    @Inject
    WorkshopRepository workshops;

    @Inject
    EventPublisher events;

    @Scheduled(every = "${convene.invitations.reminder.check-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        if (config.enabled()) {
            announceDue(Times.now());
        }
    }

    /** Announces every reminder due at {@code now}; returns how many. */
    public int announceDue(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> announceBatch(now));
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int announceBatch(Instant now) {
        List<Invitation> due = invitations.lockDueForReminder(now, config.beforeClose(), BATCH);
        Map<UUID, List<Invitation>> byWorkshop = new LinkedHashMap<>();
        for (Invitation invitation : due) {
            invitation.reminderDueAt = now;
            byWorkshop.computeIfAbsent(invitation.workshopId, id -> new ArrayList<>()).add(invitation);
        }
        byWorkshop.forEach((workshopId, list) -> events.invitations(RegistrationEvents.INVITATION_REMINDER_DUE, list,
                workshops.find(workshopId).orElseThrow()));
        return due.size();
    }
}
