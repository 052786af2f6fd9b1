package org.convene.portal.console.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.City;
import org.convene.portal.client.Page;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.ServiceUnavailable;
import org.convene.portal.console.ConsoleDirectoryApi;
import org.convene.portal.console.ConsoleRegistrationApi;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.service.Calls;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The calls of the people pages, each with the organiser's token: a connection failure, time-out or 5xx becomes
 * ServiceUnavailable naming the service (the "try again" page), a 4xx a ServiceProblem the page decides about.
 */
@ApplicationScoped
public class People {

    /** The API's largest page. */
    static final int MAX_PAGE = 200;
    /** The cities or organisations a picker offers, at most (read in pages of the API's largest). */
    static final int MAX_LISTED = 1000;

    @Inject
    @RestClient
    PeopleApi api;

    @Inject
    @RestClient
    PeopleDirectoryApi directory;

    @Inject
    @RestClient
    ConsoleRegistrationApi registration;

    @Inject
    @RestClient
    ConsoleDirectoryApi cityList;

    /** The workshop, or the "not found" page when there is none. */
    public ConsoleWorkshop workshop(UUID id) {
        try {
            return Calls.to(Calls.REGISTRATION, () -> registration.workshop(id));
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                throw new NotFoundException("no workshop " + id);
            }
            throw e;
        }
    }

    public Page<PeopleModel.Person> registrations(UUID workshopId, String status, int limit, String cursor) {
        return Calls.to(Calls.REGISTRATION, () -> api.registrations(workshopId, status, limit, cursor));
    }

    public PeopleModel.Person registration(UUID id) {
        return Calls.to(Calls.REGISTRATION, () -> api.registration(id));
    }

    public PeopleModel.Person approve(UUID id) {
        return Calls.to(Calls.REGISTRATION, () -> api.approve(id));
    }

    public PeopleModel.Person reject(UUID id, String reason) {
        return Calls.to(Calls.REGISTRATION, () -> api.reject(id, new PeopleModel.RejectBody(reason)));
    }

    public Page<PeopleModel.InvitationItem> invitations(UUID workshopId, String status, int limit, String cursor) {
        return Calls.to(Calls.REGISTRATION, () -> api.invitations(workshopId, status, limit, cursor));
    }

    public PeopleModel.InviteOutcome invite(UUID workshopId, PeopleModel.InviteBody body) {
        return Calls.to(Calls.REGISTRATION, () -> api.invite(workshopId, body));
    }

    public PeopleModel.InvitationItem revoke(UUID id) {
        return Calls.to(Calls.REGISTRATION, () -> api.revoke(id));
    }

    /** The roster's response, body unread: the caller streams it on and closes it. */
    public Response roster(UUID workshopId, String format) {
        return Calls.to(Calls.REGISTRATION, () -> api.roster(workshopId, format));
    }

    /** The network's cities by name, for pickers and names: at most {@link #MAX_LISTED}. */
    public List<City> cities() {
        List<City> cities = all(cursor -> cityList.cities(MAX_PAGE, cursor));
        cities.sort(Comparator.comparing(c -> c.name() == null ? "" : c.name(), String.CASE_INSENSITIVE_ORDER));
        return cities;
    }

    /** The network's organisations by name, for the picker: at most {@link #MAX_LISTED}. */
    public List<PeopleModel.DirectoryOrganisation> organisations() {
        List<PeopleModel.DirectoryOrganisation> organisations = all(
                cursor -> directory.organisations(MAX_PAGE, cursor));
        organisations.sort(Comparator.comparing(o -> o.name() == null ? "" : o.name(), String.CASE_INSENSITIVE_ORDER));
        return organisations;
    }

    /** The cities for showing names and filters: none while the directory does not answer (the page still shows). */
    public List<City> citiesOrNone() {
        try {
            return cities();
        } catch (ServiceUnavailable | ServiceProblem e) {
            return List.of();
        }
    }

    public List<PeopleModel.DirectoryOrganisation> organisationsOrNone() {
        try {
            return organisations();
        } catch (ServiceUnavailable | ServiceProblem e) {
            return List.of();
        }
    }

    public List<PeopleModel.DirectoryMember> members(String q, int limit) {
        return Calls.to(Calls.DIRECTORY, () -> directory.members(q, limit)).items();
    }

    /**
     * Names of the cities the rows name: the picker's list, then (for a city beyond it) one look-up each, at most
     * {@code lookups}; a city that cannot be found stays unnamed.
     */
    public Map<UUID, String> cityNames(List<City> known, Iterable<UUID> wanted, int lookups) {
        Map<UUID, String> names = new HashMap<>();
        known.forEach(c -> names.put(c.id(), c.name()));
        int left = lookups;
        for (UUID id : wanted) {
            if (id == null || names.containsKey(id) || left <= 0) {
                continue;
            }
            left--;
            try {
                names.put(id, Calls.to(Calls.DIRECTORY, () -> cityList.city(id)).name());
            } catch (ServiceProblem e) {
                names.put(id, null);
            } catch (ServiceUnavailable e) {
                return names; // the directory is down: the rows stay unnamed
            }
        }
        return names;
    }

    /** Pages of a directory collection until its end or {@link #MAX_LISTED} items. */
    private static <T> List<T> all(java.util.function.Function<String, Page<T>> page) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        do {
            String at = cursor;
            Page<T> read = Calls.to(Calls.DIRECTORY, () -> page.apply(at));
            items.addAll(read.items());
            cursor = read.next();
        } while (cursor != null && items.size() < MAX_LISTED);
        return items;
    }
}
