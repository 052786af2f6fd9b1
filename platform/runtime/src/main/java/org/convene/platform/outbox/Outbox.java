package org.convene.platform.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
     * One event to record.
     *
     * @param topic   Kafka topic, e.g. {@code directory.cities.v1}
     * @param key     the aggregate id; the Kafka key, so one aggregate's events stay in order
     * @param type    the CloudEvents type, e.g. {@code convene.city.created.v1}
     * @param subject the CloudEvents subject (the id of the thing the event is about)
     * @param data    the event data, serialised as plain JSON
     */
    public record Event(String topic, Object key, String type, Object subject, Object data) {
    }

    /** Records one event; returns its id ({@code ce_id}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String topic, Object key, String type, Object subject, Object data) {
        return recordAll(List.of(new Event(topic, key, type, subject, data))).get(0);
    }

    /**
     * Records events in one JDBC batch (one round trip however many), in the order given, which is the order the
     * relay publishes them in. Returns their ids ({@code ce_id}), in the same order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> recordAll(List<Event> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        for (Event event : events) {
            ids.add(Ids.newId());
            try {
                payloads.add(mapper.writeValueAsString(event.data()));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("event data of " + event.type() + " cannot be serialised", e);
            }
        }
        if (events.isEmpty()) {
            return ids;
        }
        Timestamp now = Timestamp.from(Instant.now());
        // one NOTIFY per transaction is enough to wake the relay at commit (PostgreSQL folds duplicates anyway)
        boolean notify = transaction.getResource(NOTIFIED) == null;
        transaction.putResource(NOTIFIED, Boolean.TRUE);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into outbox_event (event_id, topic, message_key, event_type, subject, payload, occurred_at)"
                            + " values (?, ?, ?, ?, ?, ?::jsonb, ?)")) {
                for (int i = 0; i < events.size(); i++) {
                    Event event = events.get(i);
                    insert.setObject(1, ids.get(i));
                    insert.setString(2, event.topic());
                    insert.setString(3, String.valueOf(event.key()));
                    insert.setString(4, event.type());
                    insert.setString(5, event.subject() == null ? null : String.valueOf(event.subject()));
                    insert.setString(6, payloads.get(i));
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            if (notify) {
                try (PreparedStatement wake = connection.prepareStatement("select pg_notify('" + CHANNEL + "', '')")) {
                    wake.execute();
                }
            }
        });
        return ids;
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
