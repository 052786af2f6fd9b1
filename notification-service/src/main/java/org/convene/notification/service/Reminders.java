package org.convene.notification.service;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.notification.config.RemindersConfig;
import org.convene.notification.domain.NotificationType;
import org.convene.notification.domain.Registrant;
import org.convene.notification.domain.RegistrantStatus;
import org.convene.notification.domain.Workshop;
import org.convene.notification.repository.RegistrantRepository;
import org.convene.notification.repository.WorkshopRepository;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.scheduler.Scheduled;

/**
 * Queues reminders: for each offset (default 48 h), every confirmed registrant of an open workshop that starts
 * within the offset from now (and has not started) gets one. The ledger key {@code reminder:<registration>:<offset>}
 * makes the job idempotent, so it can run every minute, after a restart, or on two instances at once.
 */
@ApplicationScoped
public class Reminders {

    @Inject
    RemindersConfig config;

    @Inject
    WorkshopRepository workshops;

    @Inject
    RegistrantRepository registrants;

    @Inject
    Ledger ledger;

    @Scheduled(every = "${convene.reminders.every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.enabled()) {
            queueDue(Instant.now());
        }
    }

    /** Returns how many reminders were newly queued (or suppressed) by this run. */
    @Transactional
    public int queueDue(Instant now) {
        int queued = 0;
        for (Duration offset : config.offsets()) {
            for (Workshop workshop : workshops.openStartingBetween(now, now.plus(offset))) {
                for (Registrant registrant : registrants.active(workshop.id)) {
                    if (registrant.status != RegistrantStatus.CONFIRMED) {
                        continue;
                    }
                    ObjectNode payload = Payloads.of(workshop, registrant);
                    if (ledger.queue(new Draft("reminder:" + registrant.registrationId + ":" + offset,
                            NotificationType.REMINDER, registrant.email, registrant.fullName, registrant.memberId,
                            workshop.id, registrant.registrationId, payload)) != null) {
                        queued++;
                    }
                }
            }
        }
        return queued;
    }
}
