package org.convene.registration.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.ClientAddress;
import org.convene.platform.rest.Page;
import org.convene.platform.rest.PageRequest;
import org.convene.platform.rest.RateLimiter;
import org.convene.registration.config.SignUpLimits;
import org.convene.registration.domain.RegistrationStatus;
import org.convene.registration.mapping.RegistrationMapper;
import org.convene.registration.service.RegistrationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/workshops/{workshopId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Sign-ups, the attendee's own registration, cancellation and check-in")
public class WorkshopRegistrationsResource {

    @Inject
    RegistrationService service;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    SignUpLimits limits;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up for a workshop",
            description = "CONFIRMED while seats are left (in the workshop and, under a seat allocation, in the"
                    + " attendee's group), WAITLISTED (with its 1-based position) after; first come, first served;"
                    + " PENDING (no seat) when the workshop's admission is APPROVAL. Concurrent sign-ups for one"
                    + " workshop are decided together, in one transaction;"
                    + " the answer comes once the decision is committed. The answer carries the secret manageToken,"
                    + " shown only here. cityId and memberId"
                    + " are checked against the replica of the directory. With Idempotency-Key, a retry with the same"
                    + " body returns the original answer (header Idempotent-Replayed: true).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SignUpRequest.class),
            examples = {@ExampleObject(name = "attendee", value = Examples.SIGN_UP_REQUEST),
                    @ExampleObject(name = "application with answers", value = AdmissionExamples.APPLICATION_REQUEST)}))
    @APIResponse(responseCode = "201", description = "Registered; Location names the registration",
            content = @Content(schema = @Schema(implementation = SignUpView.class),
                    examples = {@ExampleObject(name = "confirmed", value = Examples.CONFIRMED),
                            @ExampleObject(name = "waitlisted", value = Examples.WAITLISTED),
                            @ExampleObject(name = "pending (admission APPROVAL)", value = AdmissionExamples.PENDING_SIGN_UP)}))
    @APIResponse(responseCode = "400", description = "An invalid field; cityId missing under a seat allocation;"
            + " answers that do not fit the questions (errors[].field answers.<key>)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "answer", value = AdmissionExamples.PROBLEM_400_ANSWER)))
    @APIResponse(responseCode = "403", description = "admission INVITATION: only invited people register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invitation required", value = AdmissionExamples.PROBLEM_403_INVITATION)))
    @APIResponse(responseCode = "404", description = "No such workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "409", description = "The email is already actively registered (case-insensitive)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = Examples.PROBLEM_409_EMAIL)))
    @APIResponse(responseCode = "422", description = "Not open (draft, cancelled), outside the registration window,"
            + " full without waitlist, unknown cityId or memberId, or an Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "full", value = Examples.PROBLEM_422_FULL),
                            @ExampleObject(name = "closed", value = Examples.PROBLEM_422_CLOSED)}))
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this client address (every attempt"
            + " counts; behind a trusted proxy, the address it forwarded) or accepted for this email;"
            + " Retry-After says when to try again",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After",
                    description = "seconds", schema = @Schema(implementation = Integer.class)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rate limited", value = Examples.PROBLEM_429)))
    @APIResponse(responseCode = "503", description = "Shed under a rush: this instance already has"
            + " convene.sign-up.max-in-flight sign-ups in progress (or the database cannot be reached for a moment);"
            + " nothing was registered. Retry after Retry-After seconds with the same Idempotency-Key",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After",
                    description = "seconds", schema = @Schema(implementation = Integer.class)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "overloaded", value = Examples.PROBLEM_503_OVERLOADED)))
    public Response signUp(@PathParam("workshopId") UUID workshopId,
            @Parameter(description = "Any unique string up to 200 characters; retries reuse it",
                    example = "6c1f0f5e-3c1e-4e4b-9a51-0b8e8b8f2d11") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull SignUpRequest request, @Context HttpServerRequest http) {
        // every attempt counts against the client address (the one a trusted proxy forwarded), in this instance;
        // accepted sign-ups count against the email, in the database all instances share (EmailSignUpLimit, in the
        // sign-up's group transaction)
        rateLimiter.acquire("client address", ClientAddress.of(http), limits.perAddress(), limits.window());
        String key = checkKey(idempotencyKey);
        RegistrationService.SignUpOutcome outcome = service.signUp(workshopId, request.command(), key);
        Response.ResponseBuilder response = Response
                .created(URI.create("/api/v1/registrations/" + outcome.answer().id()))
                .entity(RegistrationMapper.view(outcome.answer()));
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "List a workshop's registrations",
            description = "Every registration, in sign-up order, keyset-paginated; filter by status.")
    @APIResponse(responseCode = "200", description = "A page of registrations")
    @APIResponse(responseCode = "404", description = "No such workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public Page<RegistrationView> list(@PathParam("workshopId") UUID workshopId,
            @Parameter(description = "CONFIRMED, WAITLISTED or CANCELLED",
                    schema = @Schema(implementation = RegistrationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(service.list(workshopId, parseStatus(status), page), page, r -> r.id,
                RegistrationMapper::view);
    }

    static RegistrationStatus parseStatus(String status) {
        return StatusParam.parse(RegistrationStatus.class, status);
    }

    private static String checkKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalidField("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
        return key;
    }
}
