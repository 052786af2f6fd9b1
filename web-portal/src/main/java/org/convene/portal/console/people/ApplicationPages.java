package org.convene.portal.console.people;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

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

import org.convene.portal.client.Page;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.console.Organiser;
import org.convene.portal.rest.FormErrors;
import org.convene.portal.rest.Visit;
import org.jboss.resteasy.reactive.RestForm;

import io.smallrye.common.annotation.Blocking;

/**
 * The pending applications of a workshop (admission APPROVAL): each applicant with name, organisation, city and their
 * answers, to approve or to reject with a reason (required here: the applicant is emailed it). A decision comes back
 * to the list (POST-redirect-GET) saying what became of the applicant; a refusal of the service is shown on the list.
 */
@Path("/organiser/workshops/{id}/applications")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Organiser.ROLE)
@Blocking
public class ApplicationPages {

    static final int PAGE = 25;
    static final int MAX_REASON = 2000;

    @Inject
    People people;

    @Inject
    Visit visit;

    @GET
    public Response list(@PathParam("id") String id, @QueryParam("cursor") String cursor,
            @QueryParam("decided") String decided) {
        UUID workshopId = PeopleLinks.id(id);
        PeopleMessages words = PeopleViews.words(visit.lang());
        ConsoleWorkshop workshop = people.workshop(workshopId);
        return page(200, workshop, PeopleLinks.cursor(cursor), confirmation(workshopId, decided, words), null,
                null, null, null);
    }

    @POST
    @Path("{registration}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @PathParam("registration") String registration,
            @RestForm String cursor) {
        UUID workshopId = PeopleLinks.id(id);
        UUID registrationId = PeopleLinks.id(registration);
        ConsoleWorkshop workshop = people.workshop(workshopId);
        ofWorkshop(workshopId, registrationId);
        try {
            people.approve(registrationId);
        } catch (ServiceProblem e) {
            return refused(workshop, PeopleLinks.cursor(cursor), e);
        }
        return decided(workshopId, registrationId);
    }

    @POST
    @Path("{registration}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @PathParam("registration") String registration,
            @RestForm String reason, @RestForm String cursor) {
        UUID workshopId = PeopleLinks.id(id);
        UUID registrationId = PeopleLinks.id(registration);
        PeopleMessages words = PeopleViews.words(visit.lang());
        ConsoleWorkshop workshop = people.workshop(workshopId);
        String page = PeopleLinks.cursor(cursor);
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            return page(400, workshop, page, null, null, registrationId, given, words.error_reason_required());
        }
        if (given.length() > MAX_REASON) {
            return page(400, workshop, page, null, null, registrationId, given, words.error_reason_invalid());
        }
        ofWorkshop(workshopId, registrationId);
        try {
            people.reject(registrationId, given);
        } catch (ServiceProblem e) {
            if (e.status() == 400) { // the reason: not plain text, too long
                return page(400, workshop, page, null, null, registrationId, given, words.error_reason_invalid());
            }
            return refused(workshop, page, e);
        }
        return decided(workshopId, registrationId);
    }

    /** The registration belongs to this workshop, else the "not found" page (nothing decided). */
    private void ofWorkshop(UUID workshopId, UUID registrationId) {
        PeopleModel.Person person;
        try {
            person = people.registration(registrationId);
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                throw new NotFoundException("no registration " + registrationId);
            }
            throw e;
        }
        if (!Objects.equals(person.workshopId(), workshopId)) {
            throw new NotFoundException("registration " + registrationId + " is of another workshop");
        }
    }

    private Response decided(UUID workshopId, UUID registrationId) {
        return Response.seeOther(URI.create(PeopleLinks.of(PeopleLinks.base(workshopId, "applications"),
                "decided", registrationId.toString()))).build();
    }

    private Response refused(ConsoleWorkshop workshop, String cursor, ServiceProblem e) {
        PeopleMessages words = PeopleViews.words(visit.lang());
        String detail = ConsoleProblems.detail(e);
        int status = e.status() == 404 ? 404 : e.status() == 409 ? 409 : 422;
        return page(status, workshop, cursor, null, words.decision_refused(detail), null, null, null);
    }

    /** What became of the applicant just decided, in words; nothing when it cannot be read. */
    private String confirmation(UUID workshopId, String decided, PeopleMessages words) {
        UUID registrationId = PeopleViews.uuid(decided);
        if (registrationId == null) {
            return null;
        }
        PeopleModel.Person person;
        try {
            person = people.registration(registrationId);
        } catch (ServiceProblem e) {
            return null;
        }
        if (!Objects.equals(person.workshopId(), workshopId)) {
            return null;
        }
        return switch (person.status()) {
            case "CONFIRMED" -> words.done_approved(person.fullName());
            case "WAITLISTED" -> person.waitlistPosition() == null ? words.done_approved(person.fullName())
                    : words.done_waitlisted(person.fullName(), person.waitlistPosition());
            case "REJECTED" -> words.done_rejected(person.fullName());
            default -> words.done_decided();
        };
    }

    private Response page(int status, ConsoleWorkshop workshop, String cursor, String done, String error,
            UUID invalid, String reason, String reasonError) {
        String lang = visit.lang();
        PeopleMessages words = PeopleViews.words(lang);
        Page<PeopleModel.Person> pending = people.registrations(workshop.id(), "PENDING", PAGE, cursor);
        Map<UUID, String> cities = people.cityNames(people.citiesOrNone(),
                pending.items().stream().map(PeopleModel.Person::cityId).toList(), 10);
        List<PeopleViews.Application> applications = new ArrayList<>();
        FormErrors errors = FormErrors.none();
        for (PeopleModel.Person p : pending.items()) {
            boolean wrong = p.id().equals(invalid);
            PeopleViews.Application application = new PeopleViews.Application(p.id(), p.fullName(), p.email(),
                    blankAs(p.organisation(), words.not_given()),
                    p.cityId() == null || cities.get(p.cityId()) == null ? words.not_given() : cities.get(p.cityId()),
                    PeopleViews.when(p.registeredAt(), workshop.zone(), lang),
                    PeopleViews.answers(workshop.questions(), p.answers(), lang, words),
                    wrong ? reason : "", wrong ? reasonError : null);
            if (wrong) {
                errors.field(application.reasonField(), p.fullName() + ": " + reasonError);
            }
            applications.add(application);
        }
        if (invalid != null && !errors.any() && reasonError != null) { // decided meanwhile: no longer on the list
            errors.general(reasonError);
        }
        String base = PeopleLinks.base(workshop.id(), "applications");
        String next = pending.next() == null ? null : PeopleLinks.of(base, "cursor", pending.next());
        String first = cursor == null ? null : base;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(visit.page(PeopleTemplates.applications(workshop, PeopleViews.admission(workshop.admission(),
                        words), applications, cursor == null ? "" : cursor, done, error,
                        errors.summary(List.of()), next, first)))
                .build();
    }

    private static String blankAs(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
