package org.convene.notification.webhook;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The delivery log does not grow without end: settled deliveries (DELIVERED, FAILED) older than
 * {@code convene.webhooks.retention} are deleted, with the event bodies (names, emails) they carried, in batches of
 * {@value #BATCH} rows, one transaction each. PENDING rows stay whatever their age (they give up by themselves). Every
 * instance runs it; the deletes are the same whoever runs them. A redelivered event never comes back as a new
 * delivery: the consumer's own ledger of processed events says it was applied.
 */
@ApplicationScoped
public class WebhookRetention {

    static final int BATCH = 5_000;

    private static final Logger LOG = Logger.getLogger(WebhookRetention.class);

    @Inject
    EntityManager entityManager;

    @Inject
    WebhookConfig config;

    @Scheduled(every = "${convene.webhooks.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        purgeSettledBefore(Instant.now().minus(config.retention()));
    }

    /** Deletes the settled deliveries created before {@code cutoff}; returns how many. */
    public int purgeSettledBefore(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    delete from webhook_delivery where id in (select id from webhook_delivery
                        where status in ('DELIVERED', 'FAILED') and created_at < ?1 limit ?2)""")
                    .setParameter(1, cutoff).setParameter(2, BATCH).executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.infof("deleted %d settled webhook deliveries created before %s", total, cutoff);
        }
        return total;
    }
}
