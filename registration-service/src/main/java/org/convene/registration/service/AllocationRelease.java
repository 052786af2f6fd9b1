package org.convene.registration.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.registration.mapping.Times;
import org.convene.registration.repository.WorkshopRepository;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Lifts the group limits of workshops whose releaseAt has come, even when nobody signs up or cancels: each due
 * workshop is locked, and {@link Seats#lock} lifts the limits and promotes the waitlist in FIFO order. The row lock
 * and the allocation_released_at it sets make it happen once, whichever instance (or sign-up) comes first.
 */
@ApplicationScoped
public class AllocationRelease {

    private static final Logger LOG = Logger.getLogger(AllocationRelease.class);

    @Inject
    WorkshopRepository workshops;

    @Inject
    Seats seats;

    @Scheduled(every = "${convene.allocation.release-check:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void releaseDue() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> workshops.releaseDue(Times.now(), 100));
        for (UUID id : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Instant now = Times.now();
                    seats.lock(id, now);
                });
            } catch (RuntimeException e) {
                LOG.warnf("releasing the seat allocation of workshop %s failed (%s); retrying at the next check", id,
                        e.toString());
            }
        }
    }
}
