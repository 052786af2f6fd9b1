package org.convene.registration.repository;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.registration.mapping.Times;
import org.hibernate.Session;

/** Remembered answers to sign-ups made with an {@code Idempotency-Key}. */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    EntityManager em;

    /** The stored answers of those of {@code keys} used before, in one query. */
    public Map<String, Stored> findAll(Collection<String> keys) {
        Map<String, Stored> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        em.unwrap(Session.class).doWork(connection -> {
            Array array = connection.createArrayOf("text", keys.toArray());
            try (PreparedStatement select = connection.prepareStatement("select idempotency_key, request_hash,"
                    + " registration_id, cast(response as text) from idempotency_key where idempotency_key = any(?)")) {
                select.setArray(1, array);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), new Stored(rows.getString(2), rows.getObject(3, UUID.class),
                                rows.getString(4)));
                    }
                }
            } finally {
                array.free();
            }
        });
        return found;
    }

    /** Remembers several answers in one JDBC batch, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rememberAll(List<Remembered> answers) {
        if (answers.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Times.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into idempotency_key"
                    + " (idempotency_key, request_hash, registration_id, response, created_at)"
                    + " values (?, ?, ?, cast(? as jsonb), ?)")) {
                for (Remembered answer : answers) {
                    insert.setString(1, answer.key());
                    insert.setString(2, answer.requestHash());
                    insert.setObject(3, answer.registrationId());
                    insert.setString(4, answer.responseJson());
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public record Remembered(String key, String requestHash, UUID registrationId, String responseJson) {
    }

    public record Stored(String requestHash, UUID registrationId, String responseJson) {
    }
}
