package org.convene.directory.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.convene.directory.domain.Member;
import org.convene.directory.mapping.DirectoryMapper;
import org.convene.directory.service.MemberImportService;
import org.convene.directory.service.MemberService;
import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.platform.rest.ETags;
import org.convene.platform.rest.MergePatcher;
import org.convene.platform.rest.Page;
import org.convene.platform.rest.PageRequest;
import org.convene.platform.rest.UuidParam;
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

    static final String CSV_EXAMPLE = """
            fullName,email,cityId,organisationId,title,phone,preferredLanguage
            অনিন্দিতা সেন,anindita.sen@kmc.example,0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20,,Urban planner,+91 33 2286 1000,bn
            Nimal Perera,nimal.perera@colombo.example,0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21,,,,si
            """;

    static final String IMPORT_RESULT_EXAMPLE = """
            {"created": 1, "updated": 0, "unchanged": 0, "rejected": [{"line": 3, "errors": [
             {"field": "cityId", "message": "is not a city of the directory"}]}]}""";

    static final String INVALID_CSV_EXAMPLE = """
            {"type": "https://convene.example/problems/invalid-csv", "title": "Invalid CSV", "status": 400,
             "detail": "the header row lacks the required columns [cityId] (it must name [fullName, email, cityId] \
            and may name [organisationId, title, phone, preferredLanguage])", "instance": "/api/v1/members/import"}""";

    @Inject
    MemberService service;

    @Inject
    MemberImportService importer;

    @Inject
    MergePatcher patcher;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member", description = "Publishes member.created.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "member", value = """
            {"fullName": "অনিন্দিতা সেন", "email": "anindita.sen@kmc.example",
             "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20", "title": "Urban planner", "preferredLanguage": "bn"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location names the new member, ETag its version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(schema = @Schema(implementation = MemberView.class),
                    examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The email is already used by a member (case-insensitive)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate email", value = ProblemExamples.CONFLICT)))
    @APIResponse(responseCode = "422", description = "cityId or organisationId names nothing in the directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown city", value = ProblemExamples.UNKNOWN_CITY),
                            @ExampleObject(name = "unknown organisation",
                                    value = ProblemExamples.UNKNOWN_ORGANISATION)}))
    public Response create(@Valid @NotNull MemberRequest request) {
        Member member = service.create(DirectoryMapper.details(request));
        return Response.created(URI.create("/api/v1/members/" + member.id)).entity(DirectoryMapper.view(member))
                .header(HttpHeaders.ETAG, ETags.of(member.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatcher.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a member (JSON Merge Patch)", description = """
            RFC 7396: the fields given replace the member's, a field set to null is cleared (organisationId, title, \
            phone, preferredLanguage; the others are required). The result is validated like a new member. Needs \
            If-Match with the ETag of the last GET; publishes member.updated with the whole member when something \
            changed.""")
    @RequestBody(content = {
            @Content(mediaType = MergePatcher.MEDIA_TYPE, schema = @Schema(ref = "MemberPatch"),
                    examples = @ExampleObject(name = "new title, no phone",
                            value = "{\"title\": \"Chief planner\", \"phone\": null}")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MemberPatch"),
                    examples = @ExampleObject(name = "new title, no phone",
                            value = "{\"title\": \"Chief planner\", \"phone\": null}"))})
    @APIResponse(responseCode = "200", description = "The member as they now are; ETag their new version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(schema = @Schema(implementation = MemberView.class),
                    examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ProblemExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The new email is already used by another member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate email", value = ProblemExamples.CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag: the member changed since",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProblemExamples.STALE)))
    @APIResponse(responseCode = "422", description = "cityId or organisationId names nothing in the directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown city", value = ProblemExamples.UNKNOWN_CITY)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no If-Match", value = ProblemExamples.IF_MATCH_MISSING)))
    public Response patch(@PathParam("id") UUID id,
            @Parameter(description = ETags.IF_MATCH_DESCRIPTION, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        ObjectNode patch = patcher.read(body);
        Member member = service.patch(id, ifMatch, current -> DirectoryMapper.details(
                patcher.apply(DirectoryMapper.request(current), patch, MemberRequest.class)));
        return Response.ok(DirectoryMapper.view(member)).header(HttpHeaders.ETAG, ETags.of(member.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Erase a member", description = """
            Right to erasure: the member's row is deleted (no tombstone) together with the events recorded about \
            them in this service's outbox, and member.erased is published so that the other services forget the \
            person too. Afterwards the member is 404.""")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No such member (or already erased)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ProblemExamples.NOT_FOUND)))
    public Response erase(@PathParam("id") UUID id) {
        service.erase(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @Operation(summary = "Import members from CSV", description = """
            UTF-8 CSV (RFC 4180) with a header row naming fullName, email, cityId and optionally organisationId, \
            title, phone, preferredLanguage (any order, any case). Upsert by email, case-insensitively: a new \
            email creates a member (member.created), a known one updates the member (member.updated) with the \
            columns the file has, or leaves it unchanged; importing the same file again creates nothing. Lines \
            that break a rule are rejected with their errors and the others are imported. The file is streamed \
            and written in chunks of 500 lines, each in its own transaction.""")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "two members", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "one rejected line", value = IMPORT_RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not CSV, or the header lacks required columns or names "
            + "unknown ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing column", value = INVALID_CSV_EXAMPLE)))
    public ImportResult importCsv(InputStream body) {
        return DirectoryMapper.view(importer.importCsv(body));
    }

    @GET
    @Operation(summary = "List members", description = "Keyset-paginated, oldest first. q finds part of the name "
            + "or email, ignoring case and accents.")
    @APIResponse(responseCode = "200", description = "A page of members")
    public Page<MemberView> list(
            @Parameter(description = "Members of this city") @QueryParam("cityId") String cityId,
            @Parameter(description = "Members of this organisation") @QueryParam("organisationId") String organisationId,
            @Parameter(description = "Part of the name or email, ignoring case and accents", example = "sen") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(service.list(UuidParam.parse("cityId", cityId),
                UuidParam.parse("organisationId", organisationId), q, page), page, m -> m.id, DirectoryMapper::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a member", description = "The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The member",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(schema = @Schema(implementation = MemberView.class),
                    examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ProblemExamples.NOT_FOUND)))
    public Response get(@PathParam("id") UUID id) {
        Member member = service.get(id);
        return Response.ok(DirectoryMapper.view(member)).header(HttpHeaders.ETAG, ETags.of(member.version)).build();
    }
}
