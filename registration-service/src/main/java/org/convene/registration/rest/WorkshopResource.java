package org.convene.registration.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.MergePatcher;
import org.convene.platform.rest.Page;
import org.convene.platform.rest.PageRequest;
import org.convene.platform.rest.UuidParam;
import org.convene.registration.domain.Workshop;
import org.convene.registration.domain.WorkshopStatus;
import org.convene.registration.mapping.RegistrationMapper;
import org.convene.registration.service.WorkshopService;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/workshops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops", description = "Workshops: public reads of published ones; organisers create, publish, edit, cancel")
public class WorkshopResource {


    @Inject
    WorkshopService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    MergePatcher patcher;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Create a workshop (DRAFT)",
            description = "The host city must be known: from the replica of the directory, or, if the replica has not"
                    + " caught up, from the directory itself (2 s timeout). Nothing is published until `publish`.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WorkshopRequest.class),
            examples = {@ExampleObject(name = "Kolkata", value = Examples.WORKSHOP_REQUEST),
                    @ExampleObject(name = "seats per city, approval, questions",
                            value = AdmissionExamples.NETWORK_WORKSHOP_REQUEST)}))
    @APIResponse(responseCode = "201", description = "Created as DRAFT; Location names it, ETag versions it",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkshopView.class),
                    examples = @ExampleObject(name = "draft", value = Examples.DRAFT)))
    @APIResponse(responseCode = "422", description = "hostCityId is not a city of the directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown city", value = Examples.PROBLEM_422_CITY)))
    public Response create(@Valid @NotNull WorkshopRequest request) {
        Workshop workshop = service.create(RegistrationMapper.draft(request));
        return Response.created(URI.create("/api/v1/workshops/" + workshop.id)).tag(unquoted(workshop))
                .entity(RegistrationMapper.view(workshop)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List workshops",
            description = "Published workshops (OPEN or CANCELLED) for everyone; organisers also see drafts."
                    + " Keyset-paginated, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of workshops")
    public Page<WorkshopView> list(
            @Parameter(description = "DRAFT (organisers only), OPEN or CANCELLED",
                    schema = @Schema(implementation = WorkshopStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Workshops hosted by this city") @QueryParam("hostCityId") String hostCityId,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        WorkshopStatus wanted = parseStatus(status);
        boolean organiser = Caller.isOrganiser(identity);
        return Page.of(service.list(organiser, wanted, UuidParam.parse("hostCityId", hostCityId), page), page,
                w -> w.id, RegistrationMapper::view);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a workshop",
            description = "With capacity, confirmedCount, waitlistCount and seatsLeft. Drafts only for organisers."
                    + " The ETag versions the organiser-editable settings (not the live counters): send it as"
                    + " If-Match on PATCH.")
    @APIResponse(responseCode = "200", description = "The workshop",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkshopView.class),
                    examples = @ExampleObject(name = "open", value = Examples.WORKSHOP)))
    @APIResponse(responseCode = "404", description = "No such workshop, or a draft and the caller is not an organiser",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public Response get(@PathParam("id") UUID id) {
        Workshop workshop = service.get(id, Caller.isOrganiser(identity));
        return Response.ok(RegistrationMapper.view(workshop)).tag(unquoted(workshop)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Publish a workshop (DRAFT → OPEN)",
            description = "Publishes workshop.published (sequence 0). Sign-ups are accepted from now on, within the"
                    + " registration window.")
    @APIResponse(responseCode = "200", description = "The workshop, now OPEN",
            content = @Content(schema = @Schema(implementation = WorkshopView.class),
                    examples = @ExampleObject(name = "open", value = Examples.WORKSHOP)))
    @APIResponse(responseCode = "404", description = "No such workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "The workshop is not a DRAFT (already OPEN, or CANCELLED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a draft", value = """
                            {"type": "https://convene.example/problems/not-a-draft", "title": "Not a draft",
                             "status": 422, "detail": "only a DRAFT workshop can be published; this one is OPEN"}""")))
    public Response publish(@PathParam("id") UUID id) {
        Workshop workshop = service.publish(id);
        return Response.ok(RegistrationMapper.view(workshop)).tag(unquoted(workshop)).build();
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Cancel a workshop",
            description = "Any status → CANCELLED. Every active registration is cancelled (registration.cancelled with"
                    + " cancelledBy WORKSHOP each) and, if it was published, workshop.cancelled goes out with the"
                    + " sequence raised. Cancelling a cancelled workshop changes nothing.")
    @APIResponse(responseCode = "200", description = "The workshop, now CANCELLED",
            content = @Content(schema = @Schema(implementation = WorkshopView.class)))
    @APIResponse(responseCode = "404", description = "No such workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public Response cancel(@PathParam("id") UUID id) {
        Workshop workshop = service.cancel(id);
        return Response.ok(RegistrationMapper.view(workshop)).tag(unquoted(workshop)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatcher.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Change a workshop (JSON Merge Patch, If-Match required)",
            description = "RFC 7396 merge patch of the create fields (`null` clears an optional one), as"
                    + " application/merge-patch+json (application/json is accepted too). If-Match must carry the"
                    + " current ETag: a missing one is 428, a stale one 412. Raising the capacity promotes from the"
                    + " waitlist at once (registration.promoted); lowering it below the confirmed count is 422."
                    + " Changing time, time zone or venue of a published workshop raises its sequence and publishes"
                    + " workshop.updated.")
    @RequestBody(content = @Content(mediaType = MergePatcher.MEDIA_TYPE, schema = @Schema(ref = "WorkshopPatch"),
            examples = {@ExampleObject(name = "more seats", value = "{\"capacity\": 40}"),
                    @ExampleObject(name = "new venue", value = "{\"venue\": \"Biswa Bangla Convention Centre\"}"),
                    @ExampleObject(name = "no closing time", value = "{\"registrationClosesAt\": null}")}))
    @APIResponse(responseCode = "200", description = "The changed workshop; ETag is the new version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkshopView.class),
                    examples = @ExampleObject(name = "open", value = Examples.WORKSHOP)))
    @APIResponse(responseCode = "404", description = "No such workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "422", description = "Capacity below the confirmed count, unknown host city, or the"
            + " workshop is cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "capacity", value = Examples.PROBLEM_422_CAPACITY)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing If-Match", value = Examples.PROBLEM_428)))
    public Response patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag from the last GET", example = "\"r3\"") @HeaderParam("If-Match") String ifMatch,
            InputStream body) {
        ObjectNode patch = patcher.read(body);
        Workshop workshop = service.patch(id, ifMatch, hostCityId(patch), current -> RegistrationMapper.draft(
                patcher.apply(RegistrationMapper.request(current), patch, WorkshopRequest.class)));
        return Response.ok(RegistrationMapper.view(workshop)).tag(unquoted(workshop)).build();
    }

    /** The host city a patch names (null when it names none or not as text), or a 400 when it is not a UUID. */
    private static UUID hostCityId(ObjectNode patch) {
        JsonNode hostCity = patch.get("hostCityId");
        if (hostCity == null || !hostCity.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(hostCity.asText());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("hostCityId", "must be a UUID");
        }
    }

    private static WorkshopStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return WorkshopStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of DRAFT, OPEN, CANCELLED");
        }
    }

    /** JAX-RS quotes the tag itself. */
    private static jakarta.ws.rs.core.EntityTag unquoted(Workshop workshop) {
        return new jakarta.ws.rs.core.EntityTag("r" + workshop.revision);
    }
}
