package org.convene.portal.console.workshops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.portal.client.City;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.ServiceUnavailable;
import org.convene.portal.console.ConsoleDirectoryApi;
import org.convene.portal.console.ConsolePaging;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.service.Calls;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The calls the workshop pages make: a connection failure, time-out or 5xx becomes ServiceUnavailable naming the
 * service (the "try again" page), a 4xx a ServiceProblem the page shows. Collections are read page by page, bounded.
 */
@ApplicationScoped
public class WorkshopCalls {

    /** The API's largest page. */
    static final int PAGE = 200;
    /** At most this many pages of workshops (10 000) for the list. */
    static final int WORKSHOP_PAGES = 50;
    /** At most this many pages of registrations (5 000) for the dashboard's chart. */
    static final int REGISTRATION_PAGES = 25;
    static final int CITY_PAGES = 10;

    /** A workshop and the version of its settings (the ETag, sent back as If-Match). */
    public record Versioned(ConsoleWorkshop workshop, String etag) {
    }

    /** The registrations read for the dashboard; {@code complete} is false when the bound cut the list short. */
    public record SignUps(List<SignUpEntry> entries, boolean complete) {

        public List<Instant> registeredAt() {
            return entries.stream().filter(e -> e.registeredAt() != null).map(e -> e.registeredAt().toInstant())
                    .toList();
        }

        public int count(String status) {
            return (int) entries.stream().filter(e -> status.equals(e.status())).count();
        }
    }

    @Inject
    @RestClient
    WorkshopsApi workshops;

    @Inject
    @RestClient
    ConsoleDirectoryApi cities;

    /** Every workshop (all statuses), newest first. */
    public List<ConsoleWorkshop> all(String status) {
        List<ConsoleWorkshop> newestFirst = new ArrayList<>(ConsolePaging.all(Calls.REGISTRATION, WORKSHOP_PAGES,
                cursor -> workshops.workshops(status, PAGE, cursor)));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public Versioned workshop(UUID id) {
        return Calls.to(Calls.REGISTRATION, () -> {
            RestResponse<ConsoleWorkshop> response = workshops.workshop(id);
            return new Versioned(response.getEntity(), response.getHeaderString("ETag"));
        });
    }

    public ConsoleWorkshop create(ObjectNode settings) {
        return Calls.to(Calls.REGISTRATION, () -> workshops.create(settings));
    }

    public ConsoleWorkshop change(UUID id, String etag, ObjectNode mergePatch) {
        return Calls.to(Calls.REGISTRATION, () -> workshops.change(id, etag, mergePatch));
    }

    public ConsoleWorkshop publish(UUID id) {
        return Calls.to(Calls.REGISTRATION, () -> workshops.publish(id));
    }

    public ConsoleWorkshop cancel(UUID id) {
        return Calls.to(Calls.REGISTRATION, () -> workshops.cancel(id));
    }

    /** The seats per group; null for a workshop never published (the service shows seats of published ones). */
    public Seats seats(ConsoleWorkshop workshop) {
        if (!workshop.published()) {
            return null;
        }
        try {
            return Calls.to(Calls.REGISTRATION, () -> workshops.seats(workshop.id()));
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** The registrations in sign-up order, at most REGISTRATION_PAGES pages of them. */
    public SignUps signUps(UUID id) {
        ConsolePaging.Read<SignUpEntry> read = ConsolePaging.read(Calls.REGISTRATION, REGISTRATION_PAGES,
                cursor -> workshops.registrations(id, PAGE, cursor));
        return new SignUps(List.copyOf(read.items()), read.complete());
    }

    /** The network's cities, by name. */
    public List<City> cities() {
        List<City> all = new ArrayList<>(ConsolePaging.all(Calls.DIRECTORY, CITY_PAGES,
                cursor -> cities.cities(PAGE, cursor)));
        all.sort(Comparator.comparing(City::name, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(all);
    }
}
