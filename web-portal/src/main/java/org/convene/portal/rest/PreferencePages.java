package org.convene.portal.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.Preferences;
import org.convene.portal.service.Notifications;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The preference centre and the unsubscribe page, reached by the links in every email ({@code ?token=}, signed by
 * notification-service). A GET only shows; the buttons POST (with the CSRF token) and come back to the page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Blocking
public class PreferencePages {

    @Inject
    Notifications notifications;

    @Inject
    Visit visit;

    @GET
    @Path("preferences")
    public TemplateInstance preferences(@QueryParam("token") String token, @QueryParam("saved") String saved) {
        String signed = Links.token(token);
        Preferences preferences = Links.withToken(() -> notifications.preferences(signed));
        return visit.page(Templates.preferences(preferences, signed, saved != null, Links.unsubscribe(signed)));
    }

    @POST
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPreferences(@RestForm String token, @RestForm String reminders,
            @RestForm String announcements) {
        String signed = Links.token(token);
        Links.withToken(() -> notifications.setPreferences(signed, reminders != null, announcements != null));
        return Response.seeOther(URI.create(Links.preferences(signed) + "&saved=1")).build();
    }

    @GET
    @Path("unsubscribe")
    public TemplateInstance unsubscribe(@QueryParam("token") String token) {
        String signed = Links.token(token);
        Preferences preferences = Links.withToken(() -> notifications.preferences(signed));
        return visit.page(Templates.unsubscribe(preferences, signed, Links.preferences(signed)));
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response doUnsubscribe(@RestForm String token) {
        String signed = Links.token(token);
        Links.withToken(() -> notifications.unsubscribe(signed));
        return Response.seeOther(URI.create(Links.unsubscribe(signed))).build();
    }
}
