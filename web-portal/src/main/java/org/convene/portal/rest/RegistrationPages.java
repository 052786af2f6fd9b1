package org.convene.portal.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.Registration;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.Workshop;
import org.convene.portal.service.Registrations;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The attendee's own page, reached by the manage link of every email ({@code ?token=}), and the cancellation with
 * its confirming step. The token travels in the query of links (as the emails carry it) and in a hidden field of
 * forms; the portal passes it to registration-service in {@code X-Manage-Token}, never in a URL.
 */
@Path("/registrations/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Blocking
public class RegistrationPages {

    @Inject
    Registrations registrations;

    @Inject
    Visit visit;

    @GET
    public TemplateInstance registration(@PathParam("id") String id, @QueryParam("token") String token,
            @QueryParam("saved") boolean saved) {
        UUID registrationId = Links.id(id);
        String manageToken = Links.token(token);
        Registration registration = Links.withToken(() -> registrations.registration(registrationId, manageToken));
        Workshop workshop = registrations.workshop(registration.workshopId());
        return visit.page(Templates.registration(registration, workshop,
                QuestionFields.lines(workshop.questions(), registration.answers(), visit.lang(), visit.messages()),
                saved, Links.cancel(registrationId, manageToken), Links.change(registrationId, manageToken),
                Links.transfer(registrationId, manageToken), Links.calendar(workshop.id())));
    }

    /** The form that changes one's name, organisation, answers and consent, made from the current version. */
    @GET
    @Path("change")
    public Response changeForm(@PathParam("id") String id, @QueryParam("token") String token) {
        UUID registrationId = Links.id(id);
        String manageToken = Links.token(token);
        Registrations.Versioned current = Links.withToken(
                () -> registrations.registrationVersion(registrationId, manageToken));
        return change(200, current, manageToken, ChangeForm.of(current.registration()), FormErrors.none());
    }

    @POST
    @Path("change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, MultivaluedMap<String, String> sent) {
        UUID registrationId = Links.id(id);
        String manageToken = Links.token(sent.getFirst("token"));
        Registrations.Versioned current = Links.withToken(
                () -> registrations.registrationVersion(registrationId, manageToken));
        Workshop workshop = registrations.workshop(current.registration().workshopId());
        ChangeForm form = ChangeForm.of(sent, workshop.questions());
        try {
            registrations.change(registrationId, manageToken, sent.getFirst("version"),
                    form.mergePatch(workshop.questions()));
        } catch (ServiceProblem e) {
            if (e.status() == 412) {
                // changed meanwhile (another tab, the organisers): the form again from the new version, with a note
                return change(409, current, manageToken, ChangeForm.of(current.registration()),
                        FormErrors.none().general(visit.messages().error_changed_meanwhile()));
            }
            if (e.status() != 400) {
                throw e;
            }
            return change(400, new Registrations.Versioned(current.registration(), sent.getFirst("version")),
                    manageToken, form, FormErrors.ofSignUp(e.problem(), visit.messages()));
        }
        return Response.seeOther(URI.create(Links.registration(registrationId, manageToken) + "&saved=true")).build();
    }

    /** The form that gives the place to a colleague. */
    @GET
    @Path("transfer")
    public TemplateInstance transferForm(@PathParam("id") String id, @QueryParam("token") String token) {
        UUID registrationId = Links.id(id);
        String manageToken = Links.token(token);
        Registration registration = Links.withToken(() -> registrations.registration(registrationId, manageToken));
        return transferPage(registration, manageToken, "", "", FormErrors.none());
    }

    @POST
    @Path("transfer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transfer(@PathParam("id") String id, @RestForm String token, @RestForm String fullName,
            @RestForm String email) {
        UUID registrationId = Links.id(id);
        String manageToken = Links.token(token);
        String name = fullName == null ? "" : fullName.strip();
        String address = email == null ? "" : email.strip();
        Registration transferred;
        try {
            transferred = Links.withToken(() -> registrations.transfer(registrationId, manageToken, name, address));
        } catch (ServiceProblem e) {
            if (e.status() != 400 && e.status() != 409 && e.status() != 422) {
                throw e;
            }
            // the form again, with what was typed and the errors beside the fields
            Registration registration = registrations.registration(registrationId, manageToken);
            return Response.status(e.status())
                    .entity(transferPage(registration, manageToken, name, address,
                            FormErrors.ofSignUp(e.problem(), visit.messages())))
                    .build();
        }
        Workshop workshop = registrations.workshop(transferred.workshopId());
        return Response.ok(visit.page(Templates.transferred(transferred, workshop))).build();
    }

    private TemplateInstance transferPage(Registration registration, String manageToken, String fullName,
            String email, FormErrors errors) {
        Workshop workshop = registrations.workshop(registration.workshopId());
        return visit.page(Templates.transfer(registration, workshop, manageToken, fullName, email, errors,
                errors.summary(List.of("fullName", "email")), Links.registration(registration.id(), manageToken)));
    }

    private Response change(int status, Registrations.Versioned current, String manageToken, ChangeForm form,
            FormErrors errors) {
        Registration registration = current.registration();
        Workshop workshop = registrations.workshop(registration.workshopId());
        List<String> order = new ArrayList<>(List.of("fullName", "organisation"));
        workshop.questions().forEach(q -> order.add(QuestionFields.name(q)));
        List<QuestionFields.Field> questions = QuestionFields.fields(workshop.questions(), visit.lang(), form.answers(),
                errors);
        return Response.status(status).entity(visit.page(Templates.change(registration, workshop, manageToken,
                current.etag(), form, errors, QuestionFields.labelled(errors.summary(order), questions), questions,
                Links.registration(registration.id(), manageToken)))).build();
    }

    /** The confirming step: a page with the button that cancels (a GET changes nothing). */
    @GET
    @Path("cancel")
    public TemplateInstance confirmCancel(@PathParam("id") String id, @QueryParam("token") String token) {
        UUID registrationId = Links.id(id);
        String manageToken = Links.token(token);
        Registration registration = Links.withToken(() -> registrations.registration(registrationId, manageToken));
        Workshop workshop = registrations.workshop(registration.workshopId());
        return visit.page(Templates.cancel(registration, workshop, manageToken,
                Links.registration(registrationId, manageToken)));
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, @RestForm String token) {
        UUID registrationId = Links.id(id);
        String manageToken = Links.token(token);
        Links.withToken(() -> registrations.cancel(registrationId, manageToken));
        return Response.seeOther(URI.create(Links.registration(registrationId, manageToken))).build();
    }
}
