package org.convene.portal.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;

/** The organiser signed in to the console, as the pages show them. Templates reach it as {inject:organiser}. */
@Named("organiser")
@RequestScoped
public class Organiser {

    /** The realm role that opens the console (and the services' organiser APIs). */
    public static final String ROLE = "organiser";

    @Inject
    @IdToken
    JsonWebToken idToken;

    /** The name to greet: the identity provider's "name", else the username. */
    public String name() {
        String name = idToken.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String username = idToken.getClaim("preferred_username");
        return username != null ? username : idToken.getName();
    }
}
