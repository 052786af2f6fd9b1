package org.convene.directory.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.directory.domain.City;
import org.convene.platform.rest.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, UUID> {

    public boolean existsByNameAndCountry(String name, String countryCode) {
        return count("lower(name) = lower(?1) and countryCode = ?2", name, countryCode) > 0;
    }

    /** Another city than {@code id} with this name in this country. */
    public boolean existsOtherByNameAndCountry(UUID id, String name, String countryCode) {
        return count("id <> ?1 and lower(name) = lower(?2) and countryCode = ?3", id, name, countryCode) > 0;
    }

    /** Keyset page ordered by id (time-ordered), filtered by whatever is given; q matches the name. */
    public List<City> page(String region, String countryCode, String q, PageRequest page) {
        return new SearchSql("city")
                .equalIgnoringCase("region", "region", region)
                .equal("country_code", "countryCode", countryCode)
                .contains(q, "name")
                .list(getEntityManager(), City.class, page);
    }
}
