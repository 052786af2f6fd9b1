package org.convene.portal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.portal.client.City;
import org.convene.portal.client.DirectoryApi;
import org.convene.portal.client.Page;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.cache.CacheResult;

@ApplicationScoped
public class DirectoryOverRest implements Directory {

    static final String SERVICE = "directory-service";
    /** A network has tens to a few hundred cities; more pages than this are not read for one form. */
    static final int MAX_PAGES = 10;

    @Inject
    @RestClient
    DirectoryApi api;

    /**
     * The cities of the sign-up form, kept {@code quarkus.cache.caffeine."cities".expire-after-write} (60 s): every
     * workshop page shows them, and a network's cities change a few times a year. A failed call is not kept.
     */
    @Override
    @CacheResult(cacheName = "cities")
    public List<City> cities() {
        List<City> cities = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String from = cursor;
            Page<City> answer = Calls.to(SERVICE, () -> api.cities(200, from));
            cities.addAll(answer.items());
            cursor = answer.next();
            if (cursor == null) {
                break;
            }
        }
        cities.sort(Comparator.comparing(City::name));
        return List.copyOf(cities);
    }
}
