package org.convene.portal.rest;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.Registration;
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
    public TemplateInstance registration(@PathParam("id") String id, @QueryParam("token") String token) {
        UUID registrationId = Links.id(id);
        String manageToken = Links.token(token);
        Registration registration = Links.withToken(() -> registrations.registration(registrationId, manageToken));
        Workshop workshop = registrations.workshop(registration.workshopId());
        return visit.page(Templates.registration(registration, workshop,
                Links.cancel(registrationId, manageToken), Links.calendar(workshop.id())));
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
