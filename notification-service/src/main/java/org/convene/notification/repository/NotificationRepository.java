package org.convene.notification.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.notification.domain.Notification;
import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.domain.NotificationType;
import org.convene.platform.rest.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** The ledger as organisers read it (the sender's statements are in {@link DeliveryQueue}). */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

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
