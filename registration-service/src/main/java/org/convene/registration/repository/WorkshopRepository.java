package org.convene.registration.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.PageRequest;
import org.convene.registration.domain.SeatGroup;
import org.convene.registration.domain.Workshop;
import org.convene.registration.domain.WorkshopStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class WorkshopRepository implements PanacheRepositoryBase<Workshop, UUID> {

    /**
     * Reads the workshop with {@code SELECT ... FOR UPDATE}: every change to its registrations and counters happens
     * while holding this lock, so concurrent sign-ups, cancellations and edits of one workshop run one after the
     * other (different workshops do not wait for each other). Must be the first read of the workshop in the
     * transaction, so the entity is loaded fresh under the lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workshop lock(UUID id) {
        // a find with PESSIMISTIC_WRITE: PostgreSQL's row lock, on Hibernate's cached statement for the entity (a native
        // query would map its result set anew on every call: a quarter of the sign-up decider's CPU in a profile)
        Workshop workshop = getEntityManager().find(Workshop.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (workshop == null) {
            throw ProblemException.notFound("workshop", id);
        }
        return workshop;
    }

    /** The allocation groups of a workshop; read after {@link #lock}, they are as stable as the workshop row. */
    public List<SeatGroup> groups(UUID workshopId) {
        return getEntityManager().createQuery("from SeatGroup where workshopId = :id", SeatGroup.class)
                .setParameter("id", workshopId).getResultList();
    }

    /** The workshops whose releaseAt has come and whose group limits still apply (for the release job). */
    public List<UUID> releaseDue(Instant now, int max) {
        return getEntityManager().createQuery("select id from Workshop where allocationReleaseAt <= :now"
                + " and allocationReleasedAt is null and allocationBy is not null order by allocationReleaseAt",
                UUID.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    public Optional<Workshop> find(UUID id) {
        return findByIdOptional(id);
    }

    /** Keyset page ordered by id (time-ordered); the public sees published workshops only. */
    public List<Workshop> page(boolean includeDrafts, WorkshopStatus status, UUID hostCityId, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!includeDrafts) {
            where.append(" and publishedAt is not null");
        }
        if (page.after() != null) {
            where.append(" and id > :after");
            params.and("after", page.after());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (hostCityId != null) {
            where.append(" and hostCityId = :hostCityId");
            params.and("hostCityId", hostCityId);
        }
        return find(where + " order by id", params).page(0, page.fetchSize()).list();
    }
}
