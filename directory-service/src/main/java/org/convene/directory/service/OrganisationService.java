package org.convene.directory.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.directory.domain.Organisation;
import org.convene.directory.domain.OrganisationKind;
import org.convene.directory.repository.CityRepository;
import org.convene.directory.repository.OrganisationRepository;
import org.convene.platform.Ids;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.PageRequest;

/** Organisations publish no events (none are in the design): only this service refers to them. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    CityRepository cities;

    @Transactional
    public Organisation create(OrganisationDetails request) {
        String name = request.name().trim();
        if (cities.findByIdOptional(request.cityId()).isEmpty()) {
            throw Rules.unknownCity(request.cityId());
        }
        if (organisations.existsByNameInCity(name, request.cityId())) {
            throw ProblemException.conflict("an organisation named " + name + " already exists in city "
                    + request.cityId());
        }
        Organisation organisation = new Organisation();
        organisation.id = Ids.newId();
        organisation.name = name;
        organisation.kind = request.kind();
        organisation.cityId = request.cityId();
        organisation.createdAt = Instant.now();
        organisation.updatedAt = organisation.createdAt;
        organisations.persist(organisation);
        return organisation;
    }

    public Organisation get(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("organisation", id));
    }

    public List<Organisation> list(UUID cityId, OrganisationKind kind, String q, PageRequest page) {
        return organisations.page(cityId, kind, q == null || q.isBlank() ? null : q.trim(), page);
    }
}
