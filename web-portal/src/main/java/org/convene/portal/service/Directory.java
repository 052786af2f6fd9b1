package org.convene.portal.service;

import java.util.List;

import org.convene.portal.client.City;

/** What the pages ask of directory-service (see Registrations for the seam). */
public interface Directory {

    /** The network's cities, by name. */
    List<City> cities();
}
