package org.convene.portal.console.door;

import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.convene.portal.client.Page;
import org.convene.portal.client.ProblemResponses;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** registration-service's organiser API at the door, called with the organiser's own access token. */
@RegisterRestClient(configKey = "registration")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface DoorApi {

    /** A page of the workshop's registrations in sign-up order ({@code status=CONFIRMED} at the door). */
    @GET
    @Path("/workshops/{id}/registrations")
    Page<Attendee> registrations(@PathParam("id") UUID workshopId, @QueryParam("status") String status,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** Checks a confirmed attendee in; a second check-in answers the first one unchanged. */
    @POST
    @Path("/registrations/{id}/check-in")
    Attendee checkIn(@PathParam("id") UUID registrationId);

    /** Undoes a check-in; undoing one that is not checked in answers it unchanged. */
    @DELETE
    @Path("/registrations/{id}/check-in")
    Attendee undoCheckIn(@PathParam("id") UUID registrationId);
}
