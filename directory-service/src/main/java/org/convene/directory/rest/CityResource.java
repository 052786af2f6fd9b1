package org.convene.directory.rest;

import java.io.InputStream;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.directory.domain.City;
import org.convene.directory.mapping.DirectoryMapper;
import org.convene.directory.service.CityService;
import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.platform.rest.ETags;
import org.convene.platform.rest.MergePatcher;
import org.convene.platform.rest.Page;
import org.convene.platform.rest.PageRequest;
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

import com.fasterxml.jackson.databind.node.ObjectNode;


@Path("/api/v1/cities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cities", description = "The member cities of the network (public)")
public class CityResource {

    static final String CITY_EXAMPLE = """
            {"id": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20", "name": "Kolkata", "countryCode": "IN",
             "region": "South Asia", "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-11-20T09:30:00Z"}""";

    @Inject
    CityService service;

    @Inject
    MergePatcher patcher;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Add a city to the network", description = "Publishes city.created.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Kolkata",
            value = "{\"name\": \"Kolkata\", \"countryCode\": \"IN\", \"region\": \"South Asia\"}")))
    @APIResponse(responseCode = "201", description = "Created; Location names the new city, ETag its version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(schema = @Schema(implementation = CityView.class),
                    examples = @ExampleObject(name = "Kolkata", value = CITY_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A city of that name already exists in that country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = ProblemExamples.CONFLICT)))
    public Response create(@Valid @NotNull CityRequest request) {
        City city = service.create(DirectoryMapper.details(request));
        return Response.created(URI.create("/api/v1/cities/" + city.id)).entity(DirectoryMapper.view(city))
                .header(HttpHeaders.ETAG, ETags.of(city.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatcher.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Change a city (JSON Merge Patch)", description = """
            RFC 7396: the fields given replace the city's, a field set to null is cleared (region only; name and \
            countryCode are required). The result is validated like a new city. Needs If-Match with the ETag of \
            the last GET; publishes city.updated with the whole city when something changed.""")
    @RequestBody(content = {
            @Content(mediaType = MergePatcher.MEDIA_TYPE, schema = @Schema(ref = "CityPatch"),
                    examples = @ExampleObject(name = "new region", value = "{\"region\": \"Eastern India\"}")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CityPatch"),
                    examples = @ExampleObject(name = "new region", value = "{\"region\": \"Eastern India\"}"))})
    @APIResponse(responseCode = "200", description = "The city as it now is; ETag its new version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(schema = @Schema(implementation = CityView.class),
                    examples = @ExampleObject(name = "Kolkata", value = CITY_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such city",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ProblemExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Another city of that name exists in that country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = ProblemExamples.CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag: the city changed since",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProblemExamples.STALE)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no If-Match", value = ProblemExamples.IF_MATCH_MISSING)))
    public Response patch(@PathParam("id") UUID id,
            @Parameter(description = ETags.IF_MATCH_DESCRIPTION, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        ObjectNode patch = patcher.read(body);
        City city = service.patch(id, ifMatch, current -> DirectoryMapper.details(
                patcher.apply(DirectoryMapper.request(current), patch, CityRequest.class)));
        return Response.ok(DirectoryMapper.view(city)).header(HttpHeaders.ETAG, ETags.of(city.version)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List cities", description = "Keyset-paginated, oldest first. q finds part of the name, "
            + "ignoring case and accents (\"sao\" finds \"São Paulo\").")
    @APIResponse(responseCode = "200", description = "A page of cities")
    public Page<CityView> list(
            @Parameter(description = "Exact region, case-insensitive", example = "South Asia") @QueryParam("region") String region,
            @Parameter(description = "ISO 3166-1 alpha-2", example = "IN") @QueryParam("countryCode") String countryCode,
            @Parameter(description = "Part of the name, ignoring case and accents", example = "kolk") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(service.list(region, countryCode, q, page), page, c -> c.id, DirectoryMapper::view);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a city", description = "The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The city",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(schema = @Schema(implementation = CityView.class),
                    examples = @ExampleObject(name = "Kolkata", value = CITY_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such city",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ProblemExamples.NOT_FOUND)))
    public Response get(@PathParam("id") UUID id) {
        City city = service.get(id);
        return Response.ok(DirectoryMapper.view(city)).header(HttpHeaders.ETAG, ETags.of(city.version)).build();
    }
}
