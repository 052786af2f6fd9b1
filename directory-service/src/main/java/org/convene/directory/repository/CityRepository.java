package org.convene.directory.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.directory.domain.City;
import org.convene.platform.rest.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, UUID> {

    public boolean existsByNameAndCountry(String name, String countryCode) {
        return count("lower(name) = lower(?1) and countryCode = ?2", name, countryCode) > 0;
    }

    /** Keyset page ordered by id (time-ordered), filtered by whatever is given. */
    public List<City> page(String region, String countryCode, String q, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (page.after() != null) {
            where.append(" and id > :after");
            params.and("after", page.after());
        }
        if (region != null) {
            where.append(" and lower(region) = lower(:region)");
            params.and("region", region);
        }
        if (countryCode != null) {
            where.append(" and countryCode = :countryCode");
            params.and("countryCode", countryCode);
        }
        if (q != null) {
            where.append(" and lower(name) like :q");
            params.and("q", "%" + q.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return find(where + " order by id", params).page(0, page.fetchSize()).list();
    }
}
