package org.convene.portal.console.people;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.convene.portal.client.Page;
import org.convene.portal.client.ProblemResponses;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** directory-service as the invitations page uses it: organisations and members to invite (organisers only). */
@RegisterRestClient(configKey = "directory")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PeopleDirectoryApi {

    @GET
    @Path("/organisations")
    Page<PeopleModel.DirectoryOrganisation> organisations(@QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    /** Members (organisers only); q: part of the name or email, ignoring case and accents. */
    @GET
    @Path("/members")
    Page<PeopleModel.DirectoryMember> members(@QueryParam("q") String q, @QueryParam("limit") int limit);
}
