package org.convene.portal.client;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** registration-service's public API, the operations the pages use. */
@RegisterRestClient(configKey = "registration")
@RegisterProvider(ProblemResponses.class)
@RegisterClientHeaders(ForwardedFor.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RegistrationApi {

    @GET
    @Path("/workshops")
    Page<Workshop> workshops(@QueryParam("status") String status, @QueryParam("limit") int limit);

    @GET
    @Path("/workshops/{id}")
    Workshop workshop(@PathParam("id") UUID id);

    @GET
    @Path("/workshops/{id}/calendar.ics")
    @Produces("text/calendar")
    String calendar(@PathParam("id") UUID id);

    @POST
    @Path("/workshops/{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    SignUp signUp(@PathParam("id") UUID workshopId, @HeaderParam("Idempotency-Key") String idempotencyKey,
            SignUpRequest request);

    @GET
    @Path("/registrations/{id}")
    Registration registration(@PathParam("id") UUID id, @HeaderParam("X-Manage-Token") String token);

    @POST
    @Path("/registrations/{id}/cancel")
    Registration cancel(@PathParam("id") UUID id, @HeaderParam("X-Manage-Token") String token);

    @GET
    @Path("/invitations/{id}")
    Invitation invitation(@PathParam("id") UUID id, @HeaderParam("X-Invitation-Token") String token);

    @POST
    @Path("/invitations/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    SignUp acceptInvitation(@PathParam("id") UUID id, @HeaderParam("X-Invitation-Token") String token,
            Map<String, Object> body);

    @POST
    @Path("/invitations/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    Invitation declineInvitation(@PathParam("id") UUID id, @HeaderParam("X-Invitation-Token") String token,
            DeclineInvitation body);

    /** The registration with its ETag (the version a PATCH names in If-Match). */
    @GET
    @Path("/registrations/{id}")
    RestResponse<Registration> registrationVersion(@PathParam("id") UUID id,
            @HeaderParam("X-Manage-Token") String token);

    @PATCH
    @Path("/registrations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Registration change(@PathParam("id") UUID id, @HeaderParam("X-Manage-Token") String token,
            @HeaderParam("If-Match") String etag, Map<String, Object> mergePatch);

    @POST
    @Path("/registrations/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    Registration transfer(@PathParam("id") UUID id, @HeaderParam("X-Manage-Token") String token,
            TransferRequest colleague);
}
