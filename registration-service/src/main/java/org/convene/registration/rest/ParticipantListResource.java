package org.convene.registration.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.platform.rest.Page;
import org.convene.platform.rest.PageRequest;
import org.convene.registration.service.ParticipantList;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/workshops/{id}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
public class ParticipantListResource {

    @Inject
    ParticipantList participants;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @SecurityRequirements({@SecurityRequirement(name = Roles.SECURITY_SCHEME), @SecurityRequirement(name = "manageToken")})
    @Operation(summary = "Who else comes (organisers and confirmed attendees)",
            description = "The CONFIRMED registrations whose attendee consented (listed: true), in sign-up order:"
                    + " name, city and organisation only. Readable by organisers and with the manage token of a"
                    + " CONFIRMED registration of this workshop; keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of participants") // example: META-INF/openapi.yaml
    @APIResponse(responseCode = "400", description = "A bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Neither a manage token nor an organiser token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The manage token is not of a CONFIRMED registration of this"
            + " workshop", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "waitlisted", value = AdmissionExamples.PROBLEM_403_PARTICIPANTS)))
    @APIResponse(responseCode = "404", description = "No such published workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public Page<ParticipantView> list(@PathParam("id") UUID id,
            @Parameter(description = "The manage token") @HeaderParam("X-Manage-Token") String headerToken,
            @Parameter(description = "The manage token") @QueryParam("token") String queryToken,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(participants.page(id, Caller.actor(identity, headerToken, queryToken), page), page,
                r -> r.id, r -> new ParticipantView(r.fullName, r.cityId, r.organisation));
    }
}
