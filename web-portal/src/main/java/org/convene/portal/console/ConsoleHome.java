package org.convene.portal.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.convene.portal.rest.Visit;

import io.quarkus.qute.TemplateInstance;

/** The console's front page, after the login at the identity provider. */
@Path("/organiser")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Organiser.ROLE)
public class ConsoleHome {

    @Inject
    Visit visit;

    @GET
    public TemplateInstance home() {
        return visit.page(ConsoleTemplates.home());
    }
}
