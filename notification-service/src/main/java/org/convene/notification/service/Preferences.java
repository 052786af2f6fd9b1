package org.convene.notification.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.NotificationType;
import org.convene.notification.domain.Preference;
import org.convene.notification.repository.PreferenceRepository;
import org.convene.platform.problem.ProblemException;

/** What each recipient wants to receive. Essential emails (confirmations, cancellations, ...) ignore this. */
@ApplicationScoped
public class Preferences {

    @Inject
    PreferenceRepository repository;

    @Inject
    PreferenceTokens tokens;

    @Inject
    ErasedAddresses erased;

    /**
     * The address a preference link was issued for: 401 if the token is malformed or forged, 403 if it expired, 410
     * if the address's owner has been erased since (the link of an old email).
     */
    public String holderOf(String token) {
        String email = tokens.verify(token);
        if (erased.isErased(email)) {
            throw new ProblemException(410, "erased", "Link no longer valid",
                    "the person this link was for asked for their data to be erased; it no longer works");
        }
        return email;
    }

    public boolean wants(String email, NotificationType type) {
        Preference preference = repository.findById(Ledger.normalise(email));
        if (preference == null) {
            return true;
        }
        return switch (type) {
            case REMINDER, INVITATION_REMINDER -> preference.reminders;
            case ANNOUNCEMENT -> preference.announcements;
            default -> true;
        };
    }

    /** The stored preferences, or the default (everything) when none are stored. */
    public Preference of(String email) {
        Preference preference = repository.findById(Ledger.normalise(email));
        if (preference != null) {
            return preference;
        }
        Preference everything = new Preference();
        everything.email = Ledger.normalise(email);
        everything.reminders = true;
        everything.announcements = true;
        everything.updatedAt = Instant.now();
        return everything;
    }

    /** Stores the choice (an upsert, so two concurrent first choices cannot collide). */
    @Transactional
    public Preference set(String email, boolean reminders, boolean announcements) {
        String key = Ledger.normalise(email);
        repository.getEntityManager().createNativeQuery("""
                insert into preference (email, reminders, announcements, updated_at) values (?1, ?2, ?3, now())
                on conflict (email) do update set reminders = excluded.reminders,
                    announcements = excluded.announcements, updated_at = excluded.updated_at""")
                .setParameter(1, key).setParameter(2, reminders).setParameter(3, announcements).executeUpdate();
        repository.getEntityManager().clear();
        return repository.findById(key);
    }

    /** One-click unsubscribe: from everything that is not essential. */
    @Transactional
    public Preference unsubscribe(String email) {
        return set(email, false, false);
    }
}
