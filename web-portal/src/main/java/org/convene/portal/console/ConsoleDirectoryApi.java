package org.convene.portal.console;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.convene.portal.client.City;
import org.convene.portal.client.Page;
import org.convene.portal.client.ProblemResponses;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * directory-service's cities (public), read fresh by the console: a city added a moment ago can host a workshop or
 * get seats at once (the attendee pages keep the list a minute).
 */
@RegisterRestClient(configKey = "directory")
@RegisterProvider(ProblemResponses.class)
@Path("/api/v1/cities")
@Produces(MediaType.APPLICATION_JSON)
public interface ConsoleDirectoryApi {

    @GET
    Page<City> cities(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/{id}")
    City city(@PathParam("id") UUID id);
}
