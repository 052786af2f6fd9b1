package org.convene.directory.rest;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.convene.directory.mapping.DirectoryMapper;
import org.convene.directory.service.MemberService;
import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.platform.rest.Page;
import org.convene.platform.rest.PageRequest;
import org.convene.platform.rest.UuidParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
@SecurityRequirement(name = Roles.SECURITY_SCHEME)
@Tag(name = "Members", description = "The people of the network (organisers only: personal data)")
public class MemberResource {

    static final String MEMBER_EXAMPLE = """
            {"id": "0193a4b1-7b3d-7a10-8c2e-3a7d9f5b2c31", "fullName": "অনিন্দিতা সেন",
             "email": "anindita.sen@kmc.example", "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20",
             "organisationId": null, "title": "Urban planner", "phone": "+91 33 2286 1000",
             "preferredLanguage": "bn", "createdAt": "2026-11-20T09:31:00Z", "updatedAt": "2026-11-20T09:31:00Z"}""";

    @Inject
    MemberService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member", description = "Publishes member.created.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "member", value = """
            {"fullName": "অনিন্দিতা সেন", "email": "anindita.sen@kmc.example",
             "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20", "title": "Urban planner", "preferredLanguage": "bn"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location names the new member",
            content = @Content(schema = @Schema(implementation = MemberView.class),
                    examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The email is already used by a member (case-insensitive)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "cityId is not a city of the directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull MemberRequest request) {
        MemberView member = DirectoryMapper.view(service.create(request));
        return Response.created(URI.create("/api/v1/members/" + member.id())).entity(member).build();
    }

    @GET
    @Operation(summary = "List members", description = "Keyset-paginated, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of members",
            content = @Content(examples = @ExampleObject(name = "page",
                    value = "{\"items\": [" + MEMBER_EXAMPLE + "], \"next\": null}")))
    public Page<MemberView> list(
            @Parameter(description = "Members of this city") @QueryParam("cityId") String cityId,
            @Parameter(description = "Members of this organisation") @QueryParam("organisationId") String organisationId,
            @Parameter(description = "Part of the name or email") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(service.list(UuidParam.parse("cityId", cityId),
                UuidParam.parse("organisationId", organisationId), q, page), page, m -> m.id, DirectoryMapper::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a member")
    @APIResponse(responseCode = "200", description = "The member",
            content = @Content(schema = @Schema(implementation = MemberView.class),
                    examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MemberView get(@PathParam("id") UUID id) {
        return DirectoryMapper.view(service.get(id));
    }
}
