package org.convene.notification.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.convene.notification.domain.Notification;
import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.domain.NotificationType;
import org.convene.platform.rest.PageRequest;
import org.hibernate.Timeouts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    /**
     * Locks the PENDING row that has been due longest and that no other sender holds ({@code SKIP LOCKED}), in the
     * caller's transaction, leaving out {@code excluded} (emails already accepted by the SMTP server whose SENT is
     * not recorded yet). Null if none is due.
     */
    public Notification claimDue(Collection<UUID> excluded) {
        String where = "status = :pending and nextAttemptAt <= :now";
        Parameters parameters = Parameters.with("now", Instant.now());
        if (!excluded.isEmpty()) {
            where += " and id not in :excluded";
            parameters.and("excluded", excluded);
        }
        return claim(where + " order by nextAttemptAt, id", parameters);
    }

    /**
     * Locks this row if no other sender holds it ({@code SKIP LOCKED}), by primary key (the entity loader: no query to
     * translate); returns it if it is PENDING and due, else null.
     */
    public Notification claim(UUID id) {
        Notification row = getEntityManager().find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of(LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI));
        boolean due = row != null && row.status == NotificationStatus.PENDING && row.nextAttemptAt != null
                && !row.nextAttemptAt.isAfter(Instant.now());
        return due ? row : null;
    }

    private Notification claim(String where, Parameters parameters) {
        TypedQuery<Notification> query = getEntityManager()
                .createQuery("from Notification where " + where, Notification.class)
                .setParameter("pending", NotificationStatus.PENDING)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI);
        parameters.map().forEach(query::setParameter);
        List<Notification> rows = query.getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Records that the SMTP server accepted this email: one statement, so nothing but the commit follows the
     * server's answer. Only a PENDING row changes (a second call, or one after a commit whose answer was lost, changes
     * nothing). Returns the number of rows changed.
     */
    public int markSent(UUID id, Instant sentAt) {
        return getEntityManager().createNativeQuery("update notification set status = 'SENT', sent_at = ?1,"
                + " attempts = attempts + 1, last_error = null, next_attempt_at = null"
                + " where id = ?2 and status = 'PENDING'")
                .setParameter(1, sentAt)
                .setParameter(2, id)
                .executeUpdate();
    }

    /** Keyset page ordered by id (time-ordered), filtered by whatever is given. */
    public List<Notification> page(String recipient, UUID workshopId, NotificationType type,
            NotificationStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (page.after() != null) {
            where.append(" and id > :after");
            params.and("after", page.after());
        }
        if (recipient != null) {
            where.append(" and recipient = :recipient");
            params.and("recipient", recipient);
        }
        if (workshopId != null) {
            where.append(" and workshopId = :workshopId");
            params.and("workshopId", workshopId);
        }
        if (type != null) {
            where.append(" and type = :type");
            params.and("type", type);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return find(where + " order by id", params).page(0, page.fetchSize()).list();
    }
}
