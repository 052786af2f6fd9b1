package org.convene.notification.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.notification.domain.Workshop;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkshopRepository implements PanacheRepositoryBase<Workshop, UUID> {

    /** Open workshops starting in (from, to]. */
    public List<Workshop> openStartingBetween(Instant from, Instant to) {
        return list("status = 'OPEN' and startsAt > ?1 and startsAt <= ?2", from, to);
    }
}
