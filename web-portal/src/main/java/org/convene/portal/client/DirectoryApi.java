package org.convene.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** directory-service's public API: the cities a visitor picks from. */
@RegisterRestClient(configKey = "directory")
@RegisterProvider(ProblemResponses.class)
@RegisterClientHeaders(ForwardedFor.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryApi {

    @GET
    @Path("/cities")
    Page<City> cities(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);
}
