package org.convene.registration.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.registration.domain.AllocationBy;
import org.convene.registration.domain.SeatGroup;
import org.convene.registration.domain.Workshop;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.RegistrationRepository;
import org.convene.registration.repository.ReplicaRepository;
import org.convene.registration.repository.WorkshopRepository;

/**
 * The database side of the workshop aggregate's seat rules: locks the workshop with its groups, lifts due group
 * limits, persists new groups, and after the aggregate promoted, closes the waitlist's gaps and publishes
 * registration.promoted. Every method runs in the caller's transaction; the seat decisions themselves are
 * {@link Workshop}'s.
 */
@ApplicationScoped
public class Seats {

    @Inject
    WorkshopRepository workshops;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ReplicaRepository replicas;

    @Inject
    EventPublisher events;

    @Inject
    EntityManager em;

    /**
     * Locks the workshop ({@code SELECT ... FOR UPDATE}) and attaches its groups. If releaseAt has come, the group
     * limits are lifted and the waitlist promoted first, in this transaction: whoever takes the lock first after
     * releaseAt (a sign-up, a cancellation, the release job of any instance) does it, and only once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workshop lock(UUID workshopId, Instant now) {
        Workshop workshop = workshops.lock(workshopId);
        workshop.attachGroups(workshops.groups(workshopId));
        if (workshop.releaseDue(now)) {
            workshop.liftGroupLimits(now);
            fill(workshop, List.of(), now);
        }
        return workshop;
    }

    /** The allocation group of each city: the city id, or its country code from the replica. */
    public Map<UUID, String> groupKeys(Workshop workshop, Collection<UUID> cityIds) {
        Map<UUID, String> keys = new HashMap<>();
        if (workshop.allocationBy == AllocationBy.CITY) {
            cityIds.forEach(id -> keys.put(id, id.toString()));
        } else if (workshop.allocationBy == AllocationBy.COUNTRY) {
            keys.putAll(replicas.countryCodes(cityIds));
        }
        return keys;
    }

    /** Persists the group of {@code groupKey} if the workshop has none yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureGroup(Workshop workshop, String groupKey) {
        if (workshop.allocationBy == null) {
            return;
        }
        SeatGroup created = workshop.newGroup(groupKey);
        if (created != null) {
            em.persist(created);
        }
    }

    /**
     * After seats were freed (or limits lifted): promotes by the aggregate's rules, closes the gaps the promoted and
     * {@code leftPositions} (registrations that left the waitlist) made, and publishes registration.promoted each.
     *
     * @return how many were promoted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fill(Workshop workshop, List<Integer> leftPositions, Instant now) {
        List<Workshop.Promotion> promoted = workshop.promote(
                (count, skipped) -> registrations.firstWaitlisted(workshop.id, count, skipped), now);
        List<Integer> gaps = new ArrayList<>(leftPositions.stream().filter(Objects::nonNull).toList());
        promoted.forEach(p -> gaps.add(p.position()));
        em.flush();
        registrations.closeGaps(workshop.id, gaps);
        for (Workshop.Promotion promotion : promoted) {
            events.registration(RegistrationEvents.REGISTRATION_PROMOTED, promotion.registration(), workshop);
        }
        return promoted.size();
    }

    /** {@link #fill} after one registration left (its waitlist position, or null if it held none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fillAfterLeaving(Workshop workshop, Integer leftPosition, Instant now) {
        return fill(workshop, leftPosition == null ? List.of() : List.of(leftPosition), now);
    }
}
