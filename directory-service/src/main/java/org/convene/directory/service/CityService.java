package org.convene.directory.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.directory.domain.City;
import org.convene.directory.mapping.DirectoryMapper;
import org.convene.directory.messaging.DirectoryEvents;
import org.convene.directory.repository.CityRepository;
import org.convene.platform.Ids;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.ETags;
import org.convene.platform.rest.PageRequest;

@ApplicationScoped
public class CityService {

    @Inject
    CityRepository cities;

    @Inject
    Outbox outbox;

    @Transactional
    public City create(CityDetails request) {
        String countryCode = request.countryCode().toUpperCase(Locale.ROOT);
        if (cities.existsByNameAndCountry(request.name(), countryCode)) {
            throw ProblemException.conflict("a city named " + request.name() + " already exists in " + countryCode);
        }
        City city = new City();
        city.id = Ids.newId();
        city.name = request.name();
        city.countryCode = countryCode;
        city.region = request.region();
        city.createdAt = Instant.now();
        city.updatedAt = city.createdAt;
        cities.persist(city);
        outbox.record(DirectoryEvents.CITIES_TOPIC, city.id, DirectoryEvents.CITY_CREATED, city.id,
                DirectoryMapper.event(city));
        return city;
    }

    /**
     * Applies a change (the API's JSON Merge Patch: the current fields → the new ones, validated) if {@code ifMatch}
     * names the current version. A change that changes nothing publishes nothing and keeps the ETag; a change
     * publishes city.updated with the whole city.
     */
    @Transactional
    public City patch(UUID id, String ifMatch, UnaryOperator<CityDetails> change) {
        City city = get(id);
        ETags.require(ifMatch, ETags.of(city.version));
        CityDetails changed = change.apply(CityDetails.of(city));
        String countryCode = changed.countryCode().toUpperCase(Locale.ROOT);
        if (changed.name().equals(city.name) && countryCode.equals(city.countryCode)
                && java.util.Objects.equals(changed.region(), city.region)) {
            return city;
        }
        if (cities.existsOtherByNameAndCountry(id, changed.name(), countryCode)) {
            throw ProblemException.conflict("a city named " + changed.name() + " already exists in " + countryCode);
        }
        city.name = changed.name();
        city.countryCode = countryCode;
        city.region = changed.region();
        city.updatedAt = Instant.now();
        outbox.record(DirectoryEvents.CITIES_TOPIC, city.id, DirectoryEvents.CITY_UPDATED, city.id,
                DirectoryMapper.event(city));
        cities.flush(); // raises the version, so that the answer carries the new ETag
        return city;
    }

    public City get(UUID id) {
        return cities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("city", id));
    }

    public List<City> list(String region, String countryCode, String q, PageRequest page) {
        return cities.page(blankToNull(region), countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
                blankToNull(q), page);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
