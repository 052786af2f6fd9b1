package org.convene.registration.rest;

import java.io.InputStream;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.platform.rest.MergePatcher;
import org.convene.registration.domain.Registration;
import org.convene.registration.mapping.RegistrationMapper;
import org.convene.registration.service.RegistrationChanges;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

/** The attendee's own changes (or an organiser's): their details, and the transfer of their place. */
@Path("/api/v1/registrations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
@PermitAll
@SecurityRequirements({@SecurityRequirement(name = Roles.SECURITY_SCHEME), @SecurityRequirement(name = "manageToken")})
public class AttendeeChangesResource {

    @Inject
    RegistrationChanges changes;

    @Inject
    MergePatcher patcher;

    @Inject
    SecurityIdentity identity;

    @PATCH
    @Consumes({MergePatcher.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change one's registration (JSON Merge Patch, If-Match required)",
            description = "fullName, organisation, answers (checked against the workshop's questions, 400 naming"
                    + " answers.<key>) and listed (consent to the participant list). If-Match must carry the ETag of"
                    + " the last GET: missing 428, stale 412. Publishes registration.updated.")
    @RequestBody(content = @Content(mediaType = MergePatcher.MEDIA_TYPE,
            schema = @Schema(implementation = RegistrationPatch.class),
            examples = @ExampleObject(name = "answers and consent", value = AdmissionExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "The changed registration; ETag is its new version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "changed", value = AdmissionExamples.APPROVED)))
    @APIResponse(responseCode = "400", description = "An invalid field or answer, named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Neither a manage token nor an organiser token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The manage token belongs to another registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong token", value = Examples.PROBLEM_403_TOKEN)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The registration is cancelled or rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag from the last GET", example = "\"r0\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "The manage token") @HeaderParam("X-Manage-Token") String headerToken,
            @Parameter(description = "The manage token, for links in emails") @QueryParam("token") String queryToken,
            InputStream body) {
        Registration registration = changes.patch(id, Caller.actor(identity, headerToken, queryToken), ifMatch,
                patcher.read(body));
        return Response.ok(RegistrationMapper.view(registration)).header("ETag", registration.etag()).build();
    }

    @POST
    @Path("/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transfer one's place to a colleague",
            description = "The registration keeps its status and waitlist position and becomes the colleague's:"
                    + " their name and email, no answers, not listed. Under a seat allocation the colleague must be of"
                    + " the same group (cityId defaults to the registration's). The old manage token stops working;"
                    + " the colleague gets their own by email, and both are told (registration.transferred).")
    @RequestBody(content = @Content(schema = @Schema(implementation = TransferRequest.class),
            examples = @ExampleObject(name = "colleague", value = AdmissionExamples.TRANSFER_REQUEST)))
    @APIResponse(responseCode = "200", description = "The registration, now the colleague's",
            content = @Content(schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "transferred", value = AdmissionExamples.TRANSFERRED)))
    @APIResponse(responseCode = "400", description = "A missing or invalid field, named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Neither a manage token nor an organiser token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The manage token belongs to another registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong token", value = Examples.PROBLEM_403_TOKEN)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The colleague's email is already registered for the workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = Examples.PROBLEM_409_EMAIL)))
    @APIResponse(responseCode = "422", description = "Another allocation group, an unknown city, or a registration"
            + " that is cancelled or rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other group", value = AdmissionExamples.PROBLEM_422_OUTSIDE_GROUP)))
    public RegistrationView transfer(@PathParam("id") UUID id,
            @Parameter(description = "The manage token") @HeaderParam("X-Manage-Token") String headerToken,
            @Parameter(description = "The manage token, for links in emails") @QueryParam("token") String queryToken,
            @Valid @NotNull TransferRequest request) {
        return RegistrationMapper.view(changes.transfer(id, Caller.actor(identity, headerToken, queryToken),
                request.command()));
    }
}
