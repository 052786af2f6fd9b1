package org.convene.directory.rest;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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

import org.convene.directory.domain.OrganisationKind;
import org.convene.directory.mapping.DirectoryMapper;
import org.convene.directory.service.OrganisationService;
import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.platform.problem.ProblemException;
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

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Municipal offices, civil-society initiatives and partners (public)")
public class OrganisationResource {

    static final String ORGANISATION_EXAMPLE = """
            {"id": "0193a4b1-7000-7c21-8d11-5e2a9c0f4b12", "name": "Kolkata Municipal Corporation",
             "kind": "MUNICIPALITY", "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20",
             "createdAt": "2026-11-20T09:30:30Z", "updatedAt": "2026-11-20T09:30:30Z"}""";

    static final String DUPLICATE_EXAMPLE = """
            {"type": "https://convene.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "an organisation named Kolkata Municipal Corporation already exists in city \
            0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20", "instance": "/api/v1/organisations"}""";

    @Inject
    OrganisationService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Add an organisation", description = "An organisation works in one city of the directory.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "municipality", value = """
            {"name": "Kolkata Municipal Corporation", "kind": "MUNICIPALITY",
             "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location names the new organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class),
                    examples = @ExampleObject(name = "municipality", value = ORGANISATION_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "An organisation of that name already exists in that city "
            + "(case-insensitive)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = DUPLICATE_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "cityId is not a city of the directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown city", value = ProblemExamples.UNKNOWN_CITY)))
    public Response create(@Valid @NotNull OrganisationRequest request) {
        OrganisationView organisation = DirectoryMapper.view(service.create(DirectoryMapper.details(request)));
        return Response.created(URI.create("/api/v1/organisations/" + organisation.id())).entity(organisation)
                .build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List organisations", description = "Keyset-paginated, oldest first. q finds part of "
            + "the name, ignoring case and accents.")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    public Page<OrganisationView> list(
            @Parameter(description = "Organisations of this city") @QueryParam("cityId") String cityId,
            @Parameter(description = "One of " + "MUNICIPALITY, CIVIL_SOCIETY, NGO, GOVERNMENT, INTERNATIONAL, OTHER",
                    example = "NGO", schema = @Schema(implementation = OrganisationKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Part of the name, ignoring case and accents", example = "municipal") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(service.list(UuidParam.parse("cityId", cityId), kind(kind), q, page), page, o -> o.id,
                DirectoryMapper::view);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an organisation", description = "Public, like the list.")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class),
                    examples = @ExampleObject(name = "municipality", value = ORGANISATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ProblemExamples.NOT_FOUND)))
    public OrganisationView get(@PathParam("id") UUID id) {
        return DirectoryMapper.view(service.get(id));
    }

    private static OrganisationKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OrganisationKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", "must be one of " + Arrays.toString(OrganisationKind.values()));
        }
    }
}
