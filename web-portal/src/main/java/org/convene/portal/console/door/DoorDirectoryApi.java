package org.convene.portal.console.door;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.convene.portal.client.City;
import org.convene.portal.client.Page;
import org.convene.portal.client.ProblemResponses;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** directory-service's public list of cities: the names of the attendees' cities at the door. */
@RegisterRestClient(configKey = "directory")
@RegisterProvider(ProblemResponses.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface DoorDirectoryApi {

    @GET
    @Path("/cities")
    Page<City> cities(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);
}
