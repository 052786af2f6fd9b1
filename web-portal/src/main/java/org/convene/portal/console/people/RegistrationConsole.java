package org.convene.portal.console.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.convene.portal.client.City;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.console.Organiser;
import org.convene.portal.rest.Visit;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * A workshop's registrations: a table filtered by status (by the API), city and part of the name or email (here,
 * bounded: RegistrationSearch), paged with the API's cursor, and the links that download the roster.
 */
@Path("/organiser/workshops/{id}/registrations")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Organiser.ROLE)
@Blocking
public class RegistrationConsole {

    static final List<String> STATUSES = List.of("CONFIRMED", "WAITLISTED", "PENDING", "REJECTED", "CANCELLED");

    @Inject
    People people;

    @Inject
    Visit visit;

    @GET
    public TemplateInstance table(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("city") String city, @QueryParam("q") String q, @QueryParam("cursor") String cursor) {
        UUID workshopId = PeopleLinks.id(id);
        String lang = visit.lang();
        PeopleMessages words = PeopleViews.words(lang);
        ConsoleWorkshop workshop = people.workshop(workshopId);
        String wantedStatus = status == null ? null : status.strip().toUpperCase(Locale.ROOT);
        if (wantedStatus != null && !STATUSES.contains(wantedStatus)) {
            wantedStatus = null;
        }
        UUID wantedCity = PeopleViews.uuid(city);
        String search = q == null ? "" : q.strip();
        if (search.length() > 100) {
            search = search.substring(0, 100);
        }
        String at = PeopleLinks.cursor(cursor);
        String apiStatus = wantedStatus;
        RegistrationSearch.Result result = RegistrationSearch.search(
                (c, limit) -> people.registrations(workshopId, apiStatus, limit, c), at, wantedCity, search);

        List<City> cities = people.citiesOrNone();
        Map<UUID, String> names = people.cityNames(cities,
                result.rows().stream().map(PeopleModel.Person::cityId).toList(), 10);
        List<PeopleViews.RegistrationRow> rows = new ArrayList<>();
        for (PeopleModel.Person p : result.rows()) {
            rows.add(new PeopleViews.RegistrationRow(p.id(), p.fullName(), p.email(),
                    PeopleViews.registrationStatus(p.status(), p.waitlistPosition(), words),
                    PeopleViews.statusClass(p.status()),
                    p.cityId() == null || names.get(p.cityId()) == null ? "" : names.get(p.cityId()),
                    p.organisation() == null ? "" : p.organisation(),
                    PeopleViews.when(p.registeredAt(), workshop.zone(), lang),
                    p.checkedInAt() == null ? words.not_checked_in()
                            : PeopleViews.when(p.checkedInAt(), workshop.zone(), lang)));
        }
        List<PeopleViews.Option> statusOptions = new ArrayList<>();
        statusOptions.add(new PeopleViews.Option("", words.any_status(), wantedStatus == null));
        for (String s : STATUSES) {
            statusOptions.add(new PeopleViews.Option(s, PeopleViews.registrationStatus(s, null, words),
                    s.equals(wantedStatus)));
        }
        List<PeopleViews.Option> cityOptions = new ArrayList<>();
        cityOptions.add(new PeopleViews.Option("", words.any_city(), wantedCity == null));
        Set<UUID> listed = new java.util.HashSet<>();
        for (City c : cities) {
            listed.add(c.id());
            cityOptions.add(new PeopleViews.Option(c.id().toString(), c.name(), c.id().equals(wantedCity)));
        }
        if (wantedCity != null && !listed.contains(wantedCity)) { // a city beyond the picker's list, as asked
            String name = people.cityNames(List.of(), List.of(wantedCity), 1).get(wantedCity);
            cityOptions.add(new PeopleViews.Option(wantedCity.toString(), name == null ? wantedCity.toString() : name,
                    true));
        }
        String base = PeopleLinks.base(workshopId, "registrations");
        String cityValue = wantedCity == null ? null : wantedCity.toString();
        String next = result.next() == null ? null
                : PeopleLinks.of(base, "status", wantedStatus, "city", cityValue, "q", search, "cursor", result.next());
        String first = at == null ? null : PeopleLinks.of(base, "status", wantedStatus, "city", cityValue, "q", search);
        boolean filtered = wantedStatus != null || wantedCity != null || !search.isEmpty();
        String roster = PeopleLinks.base(workshopId, "roster");
        return visit.page(PeopleTemplates.registrations(workshop, rows, statusOptions, cityOptions, search,
                filtered, result.cutShort() ? words.scanned_more(result.read()) : null, next, first,
                roster + "?format=csv", roster + "?format=xlsx"));
    }
}
