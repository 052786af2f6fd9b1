package org.convene.portal.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's public API for recipients: preferences and unsubscribe, authorised by the email's token. */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(ProblemResponses.class)
@RegisterClientHeaders(ForwardedFor.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationApi {

    record Choice(boolean reminders, boolean announcements) {
    }

    @GET
    @Path("/preferences")
    Preferences preferences(@QueryParam("token") String token);

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    Preferences setPreferences(@QueryParam("token") String token, Choice choice);

    @POST
    @Path("/unsubscribe")
    Preferences unsubscribe(@QueryParam("token") String token);
}
