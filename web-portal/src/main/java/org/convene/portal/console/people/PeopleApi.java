package org.convene.portal.console.people;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.Page;
import org.convene.portal.client.ProblemResponses;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * registration-service's organiser API as the console's people pages use it (applications, invitations,
 * registrations, the roster), called with the signed-in organiser's own access token.
 */
@RegisterRestClient(configKey = "registration")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PeopleApi {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Keyset-paginated, in sign-up order; status one of the RegistrationStatus names, or null for all. */
    @GET
    @Path("/workshops/{id}/registrations")
    Page<PeopleModel.Person> registrations(@PathParam("id") UUID workshopId, @QueryParam("status") String status,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/registrations/{id}")
    PeopleModel.Person registration(@PathParam("id") UUID id);

    @POST
    @Path("/registrations/{id}/approve")
    PeopleModel.Person approve(@PathParam("id") UUID id);

    @POST
    @Path("/registrations/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    PeopleModel.Person reject(@PathParam("id") UUID id, PeopleModel.RejectBody body);

    @GET
    @Path("/workshops/{id}/invitations")
    Page<PeopleModel.InvitationItem> invitations(@PathParam("id") UUID workshopId,
            @QueryParam("status") String status, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @POST
    @Path("/workshops/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    PeopleModel.InviteOutcome invite(@PathParam("id") UUID workshopId, PeopleModel.InviteBody body);

    @POST
    @Path("/invitations/{id}/revoke")
    PeopleModel.InvitationItem revoke(@PathParam("id") UUID id);

    /**
     * The roster, streamed: a (synchronous) Response keeps the body unread, so the page copies it on as it arrives
     * (readEntity(InputStream.class)); the caller closes it. format: csv or xlsx (overrides Accept).
     */
    @GET
    @Path("/workshops/{id}/roster")
    @Produces({"text/csv", XLSX})
    Response roster(@PathParam("id") UUID workshopId, @QueryParam("format") String format);
}
