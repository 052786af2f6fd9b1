package org.convene.registration.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.platform.rest.Page;
import org.convene.platform.rest.PageRequest;
import org.convene.registration.domain.InvitationStatus;
import org.convene.registration.service.InvitationService;
import org.convene.registration.service.InviteOutcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workshops/{workshopId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Personal invitations: the organisers invite, the invitee accepts or declines")
@RolesAllowed(Roles.ORGANISER)
@SecurityRequirement(name = Roles.SECURITY_SCHEME)
public class WorkshopInvitationsResource {

    @Inject
    InvitationService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite members, cities, organisations and people",
            description = "One invitation per email per workshop (case-insensitive): inviting a city again creates"
                    + " nothing new. Members, and the members of cities and organisations, come from this service's"
                    + " replica of the directory; an unknown or erased id is skipped with its reason"
                    + " (unknown-member, erased-member, no-email, unknown-city, no-members, unknown-organisation),"
                    + " never a failure of the whole call. Each invitation gets a random personal token, stored"
                    + " only hashed. Works on OPEN, APPROVAL and INVITATION workshops.")
    @RequestBody(content = @Content(schema = @Schema(implementation = InviteRequest.class),
            examples = @ExampleObject(name = "invite", value = InvitationExamples.INVITE_REQUEST)))
    @APIResponse(responseCode = "200", description = "What was created, already invited and skipped",
            content = @Content(schema = @Schema(implementation = InviteOutcome.class),
                    examples = @ExampleObject(name = "outcome", value = InvitationExamples.INVITE_OUTCOME)))
    @APIResponse(responseCode = "400", description = "An invalid field, such as a malformed people[i].email",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "email", value = InvitationExamples.PROBLEM_400_PEOPLE_EMAIL)))
    @APIResponse(responseCode = "404", description = "No such workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public InviteOutcome invite(@PathParam("workshopId") UUID workshopId, @Valid @NotNull InviteRequest request) {
        return service.invite(workshopId, request.command());
    }

    @GET
    @Operation(summary = "List a workshop's invitations",
            description = "Who was invited, why (via), when, and how they answered (with the decline reason);"
                    + " keyset-paginated; filter by status.")
    @APIResponse(responseCode = "200", description = "A page of invitations") // example: META-INF/openapi.yaml
    @APIResponse(responseCode = "404", description = "No such workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public Page<InvitationView> list(@PathParam("workshopId") UUID workshopId,
            @Parameter(description = "PENDING, ACCEPTED, DECLINED or REVOKED",
                    schema = @Schema(implementation = InvitationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(service.list(workshopId, StatusParam.parse(InvitationStatus.class, status), page), page, i -> i.id, InvitationView::of);
    }
}
