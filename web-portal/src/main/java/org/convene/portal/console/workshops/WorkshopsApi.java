package org.convene.portal.console.workshops;

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

import org.convene.portal.client.Page;
import org.convene.portal.client.ProblemResponses;
import org.convene.portal.console.ConsoleWorkshop;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * registration-service's organiser API for workshops, called with the signed-in organiser's own access token
 * ({@code Authorization: Bearer}), so the service decides what the organiser may do.
 */
@RegisterRestClient(configKey = "registration")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1/workshops")
@Produces(MediaType.APPLICATION_JSON)
public interface WorkshopsApi {

    /** Every status for an organiser (DRAFT, OPEN, CANCELLED) when status is null; oldest first. */
    @GET
    Page<ConsoleWorkshop> workshops(@QueryParam("status") String status, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    /** The workshop with its ETag (the version a PATCH names in If-Match). */
    @GET
    @Path("/{id}")
    RestResponse<ConsoleWorkshop> workshop(@PathParam("id") UUID id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    ConsoleWorkshop create(ObjectNode settings);

    /** A JSON merge patch (RFC 7396; the service takes it as application/json too), If-Match required. */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    ConsoleWorkshop change(@PathParam("id") UUID id, @HeaderParam("If-Match") String etag, ObjectNode mergePatch);

    @POST
    @Path("/{id}/publish")
    ConsoleWorkshop publish(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/cancel")
    ConsoleWorkshop cancel(@PathParam("id") UUID id);

    /** Every registration in sign-up order (status null: all of them). */
    @GET
    @Path("/{id}/registrations")
    Page<SignUpEntry> registrations(@PathParam("id") UUID id, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/{id}/seats")
    Seats seats(@PathParam("id") UUID id);
}
