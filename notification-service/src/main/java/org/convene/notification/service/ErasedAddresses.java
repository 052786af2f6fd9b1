package org.convene.notification.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.notification.config.PreferencesConfig;

/**
 * Addresses whose owner was erased, kept only as a keyed hash (HMAC-SHA256 under the preference-token key): enough to
 * refuse the links of old emails (410) and to keep a {@code PUT} of preferences from re-creating a row for the
 * address, without keeping the address. A later registration with the address lifts the mark.
 */
@ApplicationScoped
public class ErasedAddresses {

    @Inject
    EntityManager em;

    @Inject
    PreferencesConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String email) {
        em.createNativeQuery("""
                insert into erased_address (address_hash, erased_at) values (?1, now())
                on conflict (address_hash) do nothing""").setParameter(1, hash(email)).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lift(String email) {
        em.createNativeQuery("delete from erased_address where address_hash = ?1").setParameter(1, hash(email))
                .executeUpdate();
    }

    public boolean isErased(String email) {
        return !em.createNativeQuery("select 1 from erased_address where address_hash = ?1")
                .setParameter(1, hash(email)).getResultList().isEmpty();
    }

    private String hash(String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.tokenKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("erased:" + Ledger.normalise(email)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
