package org.convene.portal.console.door;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.console.ConsolePaging;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.ConsoleRegistrationApi;
import org.convene.portal.console.ConsoleWords;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.console.Organiser;
import org.convene.portal.rest.FormErrors;
import org.convene.portal.rest.Visit;
import org.convene.portal.service.Calls;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;

/**
 * Check-in at the door: the workshop's confirmed attendees, a search by name, city or organisation (a GET form; with
 * JavaScript, console/door/checkin.js fetches {@code search?q=} as you type and replaces the list), and per attendee
 * a button that checks them in or undoes it: a form post, answered with a redirect back to the search, the query
 * kept.
 */
@Path("/organiser/workshops/{id}/check-in")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Organiser.ROLE)
@Blocking
public class DoorPages {


    /** More confirmed attendees than this are not read for one page (50 pages of 200). */
    static final int MAX_PAGES = 50;

    @Inject
    @RestClient
    DoorApi api;

    @Inject
    @RestClient
    ConsoleRegistrationApi registration;

    @Inject
    DoorCities cities;

    @Inject
    Visit visit;


    /** A refusal no form of this page expects: the console's "that did not work" page. */
    @ServerExceptionMapper
    public Response refused(ServiceProblem e) {
        return ConsoleProblems.refused(visit, e);
    }

    /** What one page of the door shows. */
    record Door(ConsoleWorkshop workshop, List<DoorSearch.Row> all, DoorSearch.Result search, boolean citiesMissing,
            String status) {
    }

    @GET
    public Response page(@PathParam("id") String id, @QueryParam("q") String q, @QueryParam("done") String done,
            @QueryParam("who") String who) {
        Door door = door(workshopId(id), q);
        return Response.ok(visit.page(DoorTemplates.checkin(door.workshop(), door.search(), door.citiesMissing(),
                door.status(), confirmation(door, done, who), List.of()))).build();
    }

    /** The results for a query, as the script asks for them while the organiser types. */
    @GET
    @Path("search")
    public TemplateInstance search(@PathParam("id") String id, @QueryParam("q") String q) {
        Door door = door(workshopId(id), q);
        return visit.page(DoorTemplates.results(door.workshop(), door.search(), door.citiesMissing(), door.status()));
    }

    @POST
    @Path("{registrationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @RestForm String q) {
        return act(workshopId(id), registrationId, q, true);
    }

    @POST
    @Path("{registrationId}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undo(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @RestForm String q) {
        return act(workshopId(id), registrationId, q, false);
    }

    private Response act(UUID workshopId, String registrationId, String q, boolean in) {
        UUID registration = uuidOrNotFound(registrationId);
        String query = DoorSearch.query(q);
        try {
            Calls.to(Calls.REGISTRATION, () -> in ? api.checkIn(registration) : api.undoCheckIn(registration));
        } catch (ServiceProblem e) {
            if (e.status() == 403) {
                throw new ForbiddenException();
            }
            DoorMessages words = words(visit.lang());
            String text = switch (e.status()) {
                case 404 -> words.error_not_found();
                case 422 -> in ? words.error_not_confirmed() : words.error_undo_cancelled();
                default -> words.error_refused(ConsoleProblems.detail(e));
            };
            Door door = door(workshopId, query);
                return Response.status(e.status() == 404 ? 404 : e.status() == 422 ? 422 : 400)
                    .entity(visit.page(DoorTemplates.checkin(door.workshop(), door.search(), door.citiesMissing(),
                            door.status(), null, List.of(new FormErrors.Line(null, text)))))
                    .build();
        }
        return Response.seeOther(URI.create(back(workshopId, query, in ? "in" : "undone", registration))).build();
    }

    /** The search again after an action: {@code /organiser/workshops/ID/check-in?q=...&done=in&who=REGISTRATION}. */
    static String back(UUID workshopId, String q, String done, UUID who) {
        return "/organiser/workshops/" + workshopId + "/check-in?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&done=" + done + "&who=" + who;
    }

    private Door door(UUID workshopId, String q) {
        ConsoleWorkshop workshop;
        try {
            workshop = Calls.to(Calls.REGISTRATION, () -> registration.workshop(workshopId));
        } catch (ServiceProblem e) {
            if (e.status() == 403) {
                throw new ForbiddenException();
            }
            throw new NotFoundException();
        }
        List<Attendee> confirmed = confirmed(workshopId);
        Set<UUID> cityIds = confirmed.stream().map(Attendee::cityId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        DoorCities.Names names = cities.names(cityIds);
        boolean citiesMissing = cityIds.stream().anyMatch(c -> !names.byId().containsKey(c));
        List<DoorSearch.Row> rows = DoorSearch.rows(confirmed, names.byId(), workshop.zone(), visit.locale(),
                LocalDate.now(workshop.zone()));
        DoorSearch.Result search = DoorSearch.search(rows, q);
        DoorMessages words = words(visit.lang());
        String status = search.searching() ? words.status_matches(search.matches(), search.q())
                : words.status_all(search.total());
        return new Door(workshop, rows, search, citiesMissing && !names.complete(), status);
    }

    private List<Attendee> confirmed(UUID workshopId) {
        return ConsolePaging.all(Calls.REGISTRATION, MAX_PAGES,
                cursor -> api.registrations(workshopId, "CONFIRMED", 200, cursor));
    }

    /** "Asha Roy is checked in." after the redirect, when {@code who} is one of the confirmed attendees. */
    private String confirmation(Door door, String done, String who) {
        if (done == null || who == null) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(who);
        } catch (IllegalArgumentException e) {
            return null;
        }
        DoorSearch.Row row = door.all().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row == null) {
            return null;
        }
        DoorMessages words = words(visit.lang());
        return switch (done) {
            case "in" -> words.done_in(row.fullName());
            case "undone" -> words.done_undone(row.fullName());
            default -> null;
        };
    }


    static DoorMessages words(String lang) {
        return ConsoleWords.in(DoorMessages.class, lang);
    }

    private static UUID workshopId(String id) {
        return uuidOrNotFound(id);
    }

    private static UUID uuidOrNotFound(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
