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

@ApplicationScoped
public class DirectoryOverRest implements Directory {

    static final String SERVICE = "directory-service";
    /** A network has tens to a few hundred cities; more pages than this are not read for one form. */
    static final int MAX_PAGES = 10;

    @Inject
    @RestClient
    DirectoryApi api;

    @Override
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
        return cities;
    }
}
