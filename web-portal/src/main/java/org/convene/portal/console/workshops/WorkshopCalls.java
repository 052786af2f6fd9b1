package org.convene.portal.console.workshops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.convene.portal.client.City;
import org.convene.portal.client.Page;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.ServiceUnavailable;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The calls the workshop pages make: a connection failure, time-out or 5xx becomes ServiceUnavailable naming the
 * service (the "try again" page), a 4xx a ServiceProblem the page shows. Collections are read page by page, bounded.
 */
@ApplicationScoped
public class WorkshopCalls {

    static final String REGISTRATION = "registration-service";
    static final String DIRECTORY = "directory-service";
    /** The API's largest page. */
    static final int PAGE = 200;
    /** At most this many pages of workshops (10 000) for the list. */
    static final int WORKSHOP_PAGES = 50;
    /** At most this many pages of registrations (5 000) for the dashboard's chart. */
    static final int REGISTRATION_PAGES = 25;
    static final int CITY_PAGES = 10;

    /** A workshop and the version of its settings (the ETag, sent back as If-Match). */
    public record Versioned(ManagedWorkshop workshop, String etag) {
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
    CityListApi cities;

    /** Every workshop (all statuses), newest first. */
    public List<ManagedWorkshop> all(String status) {
        List<ManagedWorkshop> all = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < WORKSHOP_PAGES; page++) {
            String from = cursor;
            Page<ManagedWorkshop> answer = to(REGISTRATION, () -> workshops.workshops(status, PAGE, from));
            all.addAll(answer.items());
            cursor = answer.next();
            if (cursor == null) {
                break;
            }
        }
        List<ManagedWorkshop> newestFirst = new ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public Versioned workshop(UUID id) {
        return to(REGISTRATION, () -> {
            RestResponse<ManagedWorkshop> response = workshops.workshop(id);
            return new Versioned(response.getEntity(), response.getHeaderString("ETag"));
        });
    }

    public ManagedWorkshop create(ObjectNode settings) {
        return to(REGISTRATION, () -> workshops.create(settings));
    }

    public ManagedWorkshop change(UUID id, String etag, ObjectNode mergePatch) {
        return to(REGISTRATION, () -> workshops.change(id, etag, mergePatch));
    }

    public ManagedWorkshop publish(UUID id) {
        return to(REGISTRATION, () -> workshops.publish(id));
    }

    public ManagedWorkshop cancel(UUID id) {
        return to(REGISTRATION, () -> workshops.cancel(id));
    }

    /** The seats per group; null for a workshop never published (the service shows seats of published ones). */
    public Seats seats(ManagedWorkshop workshop) {
        if (!workshop.published()) {
            return null;
        }
        try {
            return to(REGISTRATION, () -> workshops.seats(workshop.id()));
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** The registrations in sign-up order, at most REGISTRATION_PAGES pages of them. */
    public SignUps signUps(UUID id) {
        List<SignUpEntry> entries = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < REGISTRATION_PAGES; page++) {
            String from = cursor;
            Page<SignUpEntry> answer = to(REGISTRATION, () -> workshops.registrations(id, PAGE, from));
            entries.addAll(answer.items());
            cursor = answer.next();
            if (cursor == null) {
                return new SignUps(List.copyOf(entries), true);
            }
        }
        return new SignUps(List.copyOf(entries), false);
    }

    /** The network's cities, by name. */
    public List<City> cities() {
        List<City> all = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < CITY_PAGES; page++) {
            String from = cursor;
            Page<City> answer = to(DIRECTORY, () -> cities.cities(PAGE, from));
            all.addAll(answer.items());
            cursor = answer.next();
            if (cursor == null) {
                break;
            }
        }
        all.sort(Comparator.comparing(City::name, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(all);
    }

    static <T> T to(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailable e) {
            throw new ServiceUnavailable(service, e.getMessage());
        } catch (ProcessingException e) {
            if (e.getCause() instanceof ServiceProblem problem) {
                throw problem;
            }
            if (e.getCause() instanceof ServiceUnavailable unavailable) {
                throw new ServiceUnavailable(service, unavailable.getMessage());
            }
            throw new ServiceUnavailable(service, String.valueOf(e.getMessage()));
        }
    }
}
