package org.convene.directory.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.directory.domain.Organisation;
import org.convene.directory.domain.OrganisationKind;
import org.convene.platform.rest.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public boolean existsByNameInCity(String name, UUID cityId) {
        return count("lower(name) = lower(?1) and cityId = ?2", name, cityId) > 0;
    }

    /** Keyset page ordered by id (time-ordered); q matches the name. */
    public List<Organisation> page(UUID cityId, OrganisationKind kind, String q, PageRequest page) {
        return new SearchSql("organisation")
                .equal("city_id", "cityId", cityId)
                .equal("kind", "kind", kind == null ? null : kind.name())
                .contains(q, "name")
                .list(getEntityManager(), Organisation.class, page);
    }
}
