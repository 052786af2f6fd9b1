package org.convene.registration.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.registration.domain.Registration;
import org.convene.registration.mapping.RegistrationMapper;
import org.convene.registration.service.Actor;
import org.convene.registration.service.RegistrationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
@SecurityScheme(securitySchemeName = "manageToken", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Manage-Token",
        description = "The manageToken of the sign-up answer")
@SecurityScheme(securitySchemeName = "manageTokenQuery", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.QUERY,
        apiKeyName = "token", description = "The manageToken as ?token=, for the links in emails")
public class RegistrationResource {

    @Inject
    RegistrationService service;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirements({@SecurityRequirement(name = Roles.SECURITY_SCHEME), @SecurityRequirement(name = "manageToken"),
            @SecurityRequirement(name = "manageTokenQuery")})
    @Operation(summary = "Get a registration (organiser, or its manage token)",
            description = "The attendee reads their own registration with the manageToken of the sign-up answer"
                    + " (X-Manage-Token header or ?token=); a token never opens another registration.")
    @APIResponse(responseCode = "200", description = "The registration; ETag versions it (If-Match of PATCH)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "confirmed", value = Examples.REGISTRATION)))
    @APIResponse(responseCode = "401", description = "Neither a manage token nor an organiser token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The manage token belongs to another registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong token", value = Examples.PROBLEM_403_TOKEN)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The manage token expired (30 days after the workshop ended)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "The manage token") @HeaderParam("X-Manage-Token") String headerToken,
            @Parameter(description = "The manage token, for links in emails") @QueryParam("token") String queryToken) {
        Registration registration = service.get(id, actor(headerToken, queryToken));
        return Response.ok(RegistrationMapper.view(registration)).header("ETag", registration.etag()).build();
    }

    @POST
    @Path("/{id}/cancel")
    @PermitAll
    @SecurityRequirements({@SecurityRequirement(name = Roles.SECURITY_SCHEME), @SecurityRequirement(name = "manageToken"),
            @SecurityRequirement(name = "manageTokenQuery")})
    @Operation(summary = "Cancel a registration (organiser, or its manage token)",
            description = "Publishes registration.cancelled. A freed confirmed seat goes to the first waitlisted"
                    + " attendee in the same transaction (registration.promoted); everyone behind moves up one place."
                    + " Cancelling a cancelled registration changes nothing.")
    @APIResponse(responseCode = "200", description = "The registration, now CANCELLED",
            content = @Content(schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "cancelled", value = Examples.CANCELLED_REGISTRATION)))
    @APIResponse(responseCode = "401", description = "Neither a manage token nor an organiser token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The manage token belongs to another registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong token", value = Examples.PROBLEM_403_TOKEN)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The manage token expired (30 days after the workshop ended)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationView cancel(@PathParam("id") UUID id,
            @Parameter(description = "The manage token") @HeaderParam("X-Manage-Token") String headerToken,
            @Parameter(description = "The manage token, for links in emails") @QueryParam("token") String queryToken) {
        return RegistrationMapper.view(service.cancel(id, actor(headerToken, queryToken)));
    }

    @POST
    @Path("/{id}/check-in")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Check in a confirmed attendee",
            description = "Records the time and raises the workshop's attendanceCount; publishes"
                    + " registration.checked-in. A second check-in returns the first one unchanged.")
    @APIResponse(responseCode = "200", description = "The registration with checkedInAt",
            content = @Content(schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "checked in", value = Examples.CHECKED_IN)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The registration is not CONFIRMED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "waitlisted", value = Examples.PROBLEM_422_NOT_CONFIRMED)))
    public RegistrationView checkIn(@PathParam("id") UUID id) {
        return RegistrationMapper.view(service.checkIn(id));
    }

    @DELETE
    @Path("/{id}/check-in")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Undo a check-in",
            description = "Clears checkedInAt and lowers the workshop's attendanceCount; publishes"
                    + " registration.check-in-undone. Undoing a registration that is not checked in returns it"
                    + " unchanged; the check-in of a registration cancelled since stays.")
    @APIResponse(responseCode = "200", description = "The registration, checkedInAt null",
            content = @Content(schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "check-in undone", value = Examples.REGISTRATION)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The registration was cancelled after its check-in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "cancelled", value = Examples.PROBLEM_422_UNDO_NOT_CONFIRMED)))
    public RegistrationView undoCheckIn(@PathParam("id") UUID id) {
        return RegistrationMapper.view(service.undoCheckIn(id));
    }

    private Actor actor(String headerToken, String queryToken) {
        return Caller.actor(identity, headerToken, queryToken);
    }
}
