package org.convene.registration.repository;

import java.util.List;
import java.util.UUID;

import org.convene.platform.rest.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** A keyset page (by id) of one workshop's rows, of one status or all: registrations, invitations. */
final class WorkshopPage {

    private WorkshopPage() {
    }

    static <T> List<T> of(PanacheRepositoryBase<T, UUID> rows, UUID workshopId, Enum<?> status, PageRequest page) {
        StringBuilder where = new StringBuilder("workshopId = :workshop");
        Parameters params = Parameters.with("workshop", workshopId);
        if (page.after() != null) {
            where.append(" and id > :after");
            params.and("after", page.after());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return rows.find(where + " order by id", params).page(0, page.fetchSize()).list();
    }
}
