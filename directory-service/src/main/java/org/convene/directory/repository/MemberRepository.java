package org.convene.directory.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.directory.domain.Member;
import org.convene.platform.rest.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public boolean existsByEmail(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }

    public List<Member> page(UUID cityId, UUID organisationId, String q, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (page.after() != null) {
            where.append(" and id > :after");
            params.and("after", page.after());
        }
        if (cityId != null) {
            where.append(" and cityId = :cityId");
            params.and("cityId", cityId);
        }
        if (organisationId != null) {
            where.append(" and organisationId = :organisationId");
            params.and("organisationId", organisationId);
        }
        if (q != null) {
            where.append(" and (lower(fullName) like :q or lower(email) like :q)");
            params.and("q", "%" + q.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return find(where + " order by id", params).page(0, page.fetchSize()).list();
    }
}
