package org.convene.registration.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.registration.mapping.Times;

/** Remembered answers to sign-ups made with an {@code Idempotency-Key}. */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    EntityManager em;

    public Optional<Stored> find(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select request_hash, registration_id, cast(response as text) from idempotency_key"
                        + " where idempotency_key = :key")
                .setParameter("key", key).getResultList();
        return rows.stream().findFirst()
                .map(row -> new Stored((String) row[0], (UUID) row[1], (String) row[2]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String key, String requestHash, UUID registrationId, String responseJson) {
        em.createNativeQuery("insert into idempotency_key (idempotency_key, request_hash, registration_id, response,"
                + " created_at) values (:key, :hash, :registration, cast(:response as jsonb), :now)")
                .setParameter("key", key).setParameter("hash", requestHash).setParameter("registration", registrationId)
                .setParameter("response", responseJson).setParameter("now", Times.now()).executeUpdate();
    }

    public record Stored(String requestHash, UUID registrationId, String responseJson) {
    }
}
