package org.convene.portal.console.outreach;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.convene.portal.client.ProblemResponses;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** registration-service's workshop (drafts too, for an organiser): its title, time zone and registrants. */
@RegisterRestClient(configKey = "registration")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface OutreachRegistrationApi {

    @GET
    @Path("/workshops/{id}")
    OutreachWorkshop workshop(@PathParam("id") UUID id);
}
