package org.convene.portal.console;

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

/**
 * registration-service's organiser API as every area of the console reads it: the workshop a page is about (drafts
 * too), called with the signed-in organiser's own access token.
 */
@RegisterRestClient(configKey = "registration")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ConsoleRegistrationApi {

    @GET
    @Path("/workshops/{id}")
    ConsoleWorkshop workshop(@PathParam("id") UUID id);
}
