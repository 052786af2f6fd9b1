package org.convene.directory.service;

import org.convene.directory.domain.City;

/** The writable fields of a city, as the service takes them: what a create sets and a change replaces. */
public record CityDetails(String name, String countryCode, String region) {

    public static CityDetails of(City city) {
        return new CityDetails(city.name, city.countryCode, city.region);
    }
}
