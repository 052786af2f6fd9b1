package org.convene.portal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.SignUp;
import org.convene.portal.client.Workshop;
import org.convene.portal.service.Directory;
import org.convene.portal.service.Registrations;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The open workshops, a workshop with its sign-up form, and the result of a sign-up. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Blocking
public class WorkshopPages {

    @Inject
    Registrations registrations;

    @Inject
    Directory directory;

    @Inject
    Visit visit;

    @GET
    public TemplateInstance workshops() {
        return visit.page(Templates.workshops(registrations.openWorkshops()));
    }

    @GET
    @Path("workshops/{id}")
    public TemplateInstance workshop(@PathParam("id") String id) {
        return form(workshopOrNotFound(id), SignUpForm.empty(), FormErrors.none());
    }

    @POST
    @Path("workshops/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signUp(@PathParam("id") String id, MultivaluedMap<String, String> sent) {
        Workshop workshop = workshopOrNotFound(id);
        SignUpForm form = SignUpForm.of(sent, workshop.questions());
        if (!form.cityValid()) {
            return again(workshop, form, FormErrors.none().field("cityId", visit.messages().error_cityId()), 400);
        }
        try {
            SignUp signUp = registrations.signUp(workshop.id(), form.idempotencyKey(), form.request(workshop.questions()));
            String manageUrl = signUp.manageToken() == null ? null : Links.registration(signUp.id(), signUp.manageToken());
            return Response.ok(visit.page(Templates.signedUp(workshop, signUp, form.email(), manageUrl))).build();
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                throw new NotFoundException();
            }
            return again(workshop, form, FormErrors.ofSignUp(e.problem(), visit.messages()), e.status());
        }
    }

    @GET
    @Path("workshops/{id}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") String id) {
        UUID workshopId = idOrNotFound(id);
        String calendar;
        try {
            calendar = registrations.calendar(workshopId);
        } catch (ServiceProblem e) {
            throw new NotFoundException();
        }
        return Response.ok(calendar, "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"workshop.ics\"").build();
    }

    /** The form again, with what the visitor typed, its errors, and a new idempotency key (the last one failed). */
    private Response again(Workshop workshop, SignUpForm form, FormErrors errors, int status) {
        return Response.status(status).entity(form(workshop, form.retry(), errors)).build();
    }

    private TemplateInstance form(Workshop workshop, SignUpForm form, FormErrors errors) {
        List<String> order = new ArrayList<>(SignUpForm.FIELDS);
        workshop.questions().forEach(q -> order.add(QuestionFields.name(q)));
        List<QuestionFields.Field> questions = QuestionFields.fields(workshop.questions(), visit.lang(), form.answers(),
                errors);
        return visit.page(Templates.workshop(workshop, directory.cities(), form, errors,
                QuestionFields.labelled(errors.summary(order), questions), questions));
    }

    private Workshop workshopOrNotFound(String id) {
        UUID workshopId = idOrNotFound(id);
        try {
            return registrations.workshop(workshopId);
        } catch (ServiceProblem e) {
            throw new NotFoundException();
        }
    }

    private static UUID idOrNotFound(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
