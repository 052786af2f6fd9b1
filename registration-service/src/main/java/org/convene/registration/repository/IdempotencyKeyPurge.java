package org.convene.registration.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.registration.config.Retention;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Forgets remembered {@code Idempotency-Key} answers older than {@code convene.retention.idempotency-keys}: a retry
 * after that is a new sign-up (409 if the email is still registered). Every instance runs it; a delete of expired
 * rows is the same whoever runs it, and it deletes at most 10,000 rows a turn so no turn holds locks for long.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

    @Inject
    EntityManager em;

    @Inject
    Retention retention;

    @Scheduled(every = "${convene.retention.idempotency-purge-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = purgeOlderThan(Instant.now().minus(retention.idempotencyKeys()));
        if (purged > 0) {
            LOG.infof("Purged %d Idempotency-Key answer(s) older than %s", purged, retention.idempotencyKeys());
        }
    }

    /** Deletes up to 10,000 remembered answers created before {@code cutoff}; returns how many. */
    @Transactional
    public int purgeOlderThan(Instant cutoff) {
        return em.createNativeQuery("""
                delete from idempotency_key where idempotency_key in (
                    select idempotency_key from idempotency_key where created_at < ?1 limit 10000)""")
                .setParameter(1, cutoff).executeUpdate();
    }
}
