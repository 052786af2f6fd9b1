package org.convene.platform.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.platform.Ids;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the caller's transaction. The row and the state change commit together or not at all;
 * {@link OutboxRelay} publishes it to Kafka afterwards. {@code pg_notify} wakes the relay at commit.
 */
@ApplicationScoped
public class Outbox {

    static final String CHANNEL = "convene_outbox";
    private static final String NOTIFIED = Outbox.class.getName() + ".notified";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    /**
     * @param topic   Kafka topic, e.g. {@code directory.cities.v1}
     * @param key     the aggregate id; the Kafka key, so one aggregate's events stay in order
     * @param type    the CloudEvents type, e.g. {@code convene.city.created.v1}
     * @param subject the CloudEvents subject (the id of the thing the event is about)
     * @param data    the event data, serialised as plain JSON
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String topic, Object key, String type, Object subject, Object data) {
        UUID eventId = Ids.newId();
        String payload;
        try {
            payload = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + type + " cannot be serialised", e);
        }
        Timestamp now = Timestamp.from(Instant.now());
        // one NOTIFY per transaction is enough to wake the relay at commit (PostgreSQL folds duplicates anyway)
        boolean notify = transaction.getResource(NOTIFIED) == null;
        transaction.putResource(NOTIFIED, Boolean.TRUE);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into outbox_event (event_id, topic, message_key, event_type, subject, payload, occurred_at)"
                            + " values (?, ?, ?, ?, ?, ?::jsonb, ?)")) {
                insert.setObject(1, eventId);
                insert.setString(2, topic);
                insert.setString(3, String.valueOf(key));
                insert.setString(4, type);
                insert.setString(5, subject == null ? null : String.valueOf(subject));
                insert.setString(6, payload);
                insert.setTimestamp(7, now);
                insert.executeUpdate();
            }
            if (notify) {
                try (PreparedStatement wake = connection.prepareStatement("select pg_notify('" + CHANNEL + "', '')")) {
                    wake.execute();
                }
            }
        });
        return eventId;
    }

    /**
     * Erasure: deletes every event about this subject on this topic, published or not, so that the retention kept
     * for replay holds no personal data of a person who asked to be forgotten. Call it before recording the erasure
     * event itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String topic, Object subject) {
        return em.createNativeQuery("delete from outbox_event where topic = ?1 and subject = ?2")
                .setParameter(1, topic).setParameter(2, String.valueOf(subject)).executeUpdate();
    }
}
