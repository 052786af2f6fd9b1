package org.convene.platform.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.convene.platform.Roles;
import org.convene.platform.validation.Emails;
import org.convene.platform.validation.PlainText;
import org.convene.platform.validation.YearBetween;

import io.vertx.core.http.HttpServerRequest;

/** A test-only resource of the platform's test application: the chassis' HTTP rules seen from a real request. */
@Path("/test/hygiene")
public class HygieneProbe {

    public record Entry(@PlainText String name, @PlainText(multiline = true) String notes,
            @PlainText(joiners = false) String email, @YearBetween(min = 2000, max = 2200) OffsetDateTime at,
            List<@PlainText String> tags) {

        public Entry {
            email = Emails.normalise(email);
        }
    }

    @GET
    @Path("/client-address")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String clientAddress(@Context HttpServerRequest request) {
        return ClientAddress.of(request);
    }

    @POST
    @Path("/entries")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Entry accept(@Valid @NotNull Entry entry) {
        return entry;
    }

    @GET
    @Path("/organiser")
    @RolesAllowed(Roles.ORGANISER)
    @Produces(MediaType.TEXT_PLAIN)
    public String organiser() {
        return "ok";
    }
}
