package org.convene.registration.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import org.convene.registration.mapping.RegistrationMapper;
import org.convene.registration.service.InvitationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One invitation: the invitee answers with its token; the organisers revoke it. */
@Path("/api/v1/invitations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations")
public class InvitationResource {

    private static final String TOKEN_HEADER = "X-Invitation-Token";

    @Inject
    InvitationService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @GET
    @PermitAll
    @Operation(summary = "The invitation, as its invitee sees it",
            description = "What the emailed link opens: whom it invites, to which workshop, and whether it has been"
                    + " answered (and the reason given, if declined). Needs the invitation's token, like an answer;"
                    + " changes nothing.")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(schema = @Schema(implementation = InvitationView.class),
                    examples = @ExampleObject(name = "declined", value = InvitationExamples.INVITATION)))
    // the problem content of each error response comes from the platform's ProblemResponses
    @APIResponse(responseCode = "401", description = "No token (X-Invitation-Token or ?token=)")
    @APIResponse(responseCode = "403", description = "A token that does not open this invitation",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "wrong token", value = InvitationExamples.PROBLEM_403_TOKEN)))
    @APIResponse(responseCode = "404", description = "No such invitation")
    @APIResponse(responseCode = "410", description = "The organisers revoked this invitation, or its link expired"
            + " (30 days after the workshop ended)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = {@ExampleObject(name = "revoked", value = InvitationExamples.PROBLEM_410_REVOKED),
                            @ExampleObject(name = "expired", value = InvitationExamples.PROBLEM_410_EXPIRED)}))
    public InvitationView get(@PathParam("id") UUID id,
            @Parameter(description = "The invitation's token") @HeaderParam(TOKEN_HEADER) String headerToken,
            @Parameter(description = "The invitation's token (as in the emailed link)") @QueryParam("token") String token) {
        return InvitationView.of(service.forInvitee(id, tokenOf(headerToken, token)));
    }

    @POST
    @Path("/accept")
    @PermitAll
    @Operation(summary = "Accept an invitation",
            description = "Signs the invited person up, decided exactly like a sign-up (seats, allocation groups,"
                    + " waitlist; approval on an APPROVAL workshop unless the invitation skips it), for the invited"
                    + " email only. Accepting again returns the same registration (200). The answer carries the"
                    + " registration's manage token. The body is optional.")
    @APIResponse(responseCode = "201", description = "Registered: CONFIRMED, WAITLISTED or PENDING",
            content = @Content(schema = @Schema(implementation = SignUpView.class),
                    examples = @ExampleObject(name = "confirmed", value = Examples.CONFIRMED)))
    @APIResponse(responseCode = "200", description = "Accepted before: the same registration",
            content = @Content(schema = @Schema(implementation = SignUpView.class),
                    examples = @ExampleObject(name = "confirmed", value = Examples.CONFIRMED)))
    @APIResponse(responseCode = "400", description = "An invalid field; cityId missing under a seat allocation;"
            + " answers that do not fit the questions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "answer", value = AdmissionExamples.PROBLEM_400_ANSWER)))
    @APIResponse(responseCode = "401", description = "No token (X-Invitation-Token or ?token=)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A token that does not open this invitation, or an email that"
            + " is not the invited one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "wrong token", value = InvitationExamples.PROBLEM_403_TOKEN),
                            @ExampleObject(name = "not yours", value = InvitationExamples.PROBLEM_403_NOT_YOURS)}))
    @APIResponse(responseCode = "404", description = "No such invitation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The email is already registered for this workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = Examples.PROBLEM_409_EMAIL)))
    @APIResponse(responseCode = "410", description = "The organisers revoked this invitation, or its link expired"
            + " (30 days after the workshop ended)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "revoked", value = InvitationExamples.PROBLEM_410_REVOKED),
                            @ExampleObject(name = "expired", value = InvitationExamples.PROBLEM_410_EXPIRED)}))
    @APIResponse(responseCode = "422", description = "Not open, outside the registration window, full without"
            + " waitlist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "full", value = Examples.PROBLEM_422_FULL)))
    @APIResponse(responseCode = "503", description = "Shed under a rush: this instance is deciding as many sign-ups"
            + " as it takes at once (an accept counts as one); retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "overloaded", value = Examples.PROBLEM_503_OVERLOADED)))
    public Response accept(@PathParam("id") UUID id,
            @Parameter(description = "The invitation's token") @HeaderParam(TOKEN_HEADER) String headerToken,
            @Parameter(description = "The invitation's token (as in the emailed link)") @QueryParam("token") String token,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AcceptInvitationRequest.class))) String body)
            throws JsonProcessingException {
        AcceptInvitationRequest request = OptionalBody.read(mapper, validator, body, AcceptInvitationRequest.class,
                AcceptInvitationRequest::none);
        InvitationService.Accepted accepted = service.accept(id, tokenOf(headerToken, token), request.command());
        SignUpView answer = RegistrationMapper.view(accepted.answer());
        if (accepted.repeated()) {
            return Response.ok(answer).build();
        }
        return Response.created(URI.create("/api/v1/registrations/" + answer.id())).entity(answer).build();
    }

    @POST
    @Path("/decline")
    @PermitAll
    @Operation(summary = "Decline an invitation",
            description = "Records the answer and the optional reason for the organisers. Declining again replaces"
                    + " the reason; a declined invitation may still be accepted. The body is optional.")
    @APIResponse(responseCode = "200", description = "The invitation, now DECLINED",
            content = @Content(schema = @Schema(implementation = InvitationView.class),
                    examples = @ExampleObject(name = "declined", value = InvitationExamples.INVITATION)))
    @APIResponse(responseCode = "400", description = "The reason is too long or not plain text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No token (X-Invitation-Token or ?token=)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A token that does not open this invitation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong token", value = InvitationExamples.PROBLEM_403_TOKEN)))
    @APIResponse(responseCode = "404", description = "No such invitation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The organisers revoked this invitation, or its link expired"
            + " (30 days after the workshop ended)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "revoked", value = InvitationExamples.PROBLEM_410_REVOKED),
                            @ExampleObject(name = "expired", value = InvitationExamples.PROBLEM_410_EXPIRED)}))
    @APIResponse(responseCode = "422", description = "Accepted already: cancel the registration instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "accepted", value = InvitationExamples.PROBLEM_422_ACCEPTED)))
    public InvitationView decline(@PathParam("id") UUID id,
            @Parameter(description = "The invitation's token") @HeaderParam(TOKEN_HEADER) String headerToken,
            @Parameter(description = "The invitation's token (as in the emailed link)") @QueryParam("token") String token,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeclineRequest.class))) String body)
            throws JsonProcessingException {
        DeclineRequest request = OptionalBody.read(mapper, validator, body, DeclineRequest.class,
                () -> new DeclineRequest(null));
        return InvitationView.of(service.decline(id, tokenOf(headerToken, token), request.reason()));
    }

    @POST
    @Path("/revoke")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Revoke an invitation",
            description = "Ends a pending or declined invitation: its link then answers 410. Revoking again changes"
                    + " nothing. An accepted invitation is not revoked (cancel its registration).")
    @APIResponse(responseCode = "200", description = "The invitation, now REVOKED",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", description = "No such invitation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Accepted already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "accepted", value = InvitationExamples.PROBLEM_422_ACCEPTED)))
    public InvitationView revoke(@PathParam("id") UUID id) {
        return InvitationView.of(service.revoke(id));
    }

    private static String tokenOf(String header, String query) {
        return header != null && !header.isBlank() ? header : query;
    }
}
