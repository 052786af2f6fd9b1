package org.convene.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The idempotent consumer's memory: {@code processed_event(consumer, event_id)}. */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /** Marks the event processed in the caller's transaction. Returns false if it already was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(String consumer, String eventId) {
        return em.createNativeQuery(
                "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
