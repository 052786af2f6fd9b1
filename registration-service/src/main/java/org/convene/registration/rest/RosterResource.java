package org.convene.registration.rest;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.platform.problem.ProblemException;
import org.convene.registration.domain.RegistrationStatus;
import org.convene.registration.domain.Workshop;
import org.convene.registration.service.RosterExport;
import org.convene.registration.service.WorkshopService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workshops/{workshopId}/roster")
@Tag(name = "Rosters and calendars")
public class RosterResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    WorkshopService workshops;

    @Inject
    RosterExport export;

    @GET
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Export the roster (CSV, XLSX or JSON), streamed",
            description = "Columns: registration id, status, waitlist position, full name, email, city, country,"
                    + " organisation, registered at, checked in at (in the workshop's time zone), answers (JSON)."
                    + " Chosen by ?format=csv|xlsx|json, else by Accept; CSV is the default and is UTF-8 with a"
                    + " byte-order mark so that Excel reads it right. Confirmed first, then the waitlist in order,"
                    + " then cancellations. Rows stream from a database cursor: memory stays flat.")
    @APIResponse(responseCode = "200", description = "The roster as an attachment",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = """
                            registration id,status,waitlist position,full name,email,city,country,organisation,registered at,checked in at,answers
                            0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21,CONFIRMED,,Rafiqul Islam,rafiqul.islam@dncc.example,Dhaka,BD,Dhaka North City Corporation,2026-11-25T13:30:01.214+05:30,,"{""dietary"": ""vegetarian""}"
                            """)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Roster"), examples = @ExampleObject(name = "json", value = """
                            {"workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10", "items": [
                             {"registrationId": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21", "status": "CONFIRMED",
                              "waitlistPosition": null, "fullName": "Rafiqul Islam", "email": "rafiqul.islam@dncc.example",
                              "city": "Dhaka", "country": "BD", "organisation": "Dhaka North City Corporation",
                              "registeredAt": "2026-11-25T13:30:01.214+05:30", "checkedInAt": null,
                              "answers": {"dietary": "vegetarian"}}]}"""))})
    @APIResponse(responseCode = "404", description = "No such workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "406", description = "Accept names none of text/csv, XLSX, application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response roster(@PathParam("workshopId") UUID workshopId,
            @Parameter(description = "csv, xlsx or json; overrides Accept",
                    schema = @Schema(enumeration = {"csv", "xlsx", "json"})) @QueryParam("format") String format,
            @Parameter(description = "CONFIRMED, WAITLISTED or CANCELLED",
                    schema = @Schema(implementation = RegistrationStatus.class)) @QueryParam("status") String status,
            @Context HttpHeaders headers) {
        RosterExport.Format chosen = choose(format, headers.getAcceptableMediaTypes());
        RegistrationStatus wanted = WorkshopRegistrationsResource.parseStatus(status);
        Workshop workshop = workshops.get(workshopId, true);
        StreamingOutput body = out -> export.write(workshop, wanted, chosen, out);
        return Response.ok(body, chosen.mediaType)
                .header("Content-Disposition",
                        "attachment; filename=\"roster-" + workshop.id + "." + chosen.extension + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    static RosterExport.Format choose(String format, List<MediaType> accepted) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> RosterExport.Format.CSV;
                case "xlsx" -> RosterExport.Format.XLSX;
                case "json" -> RosterExport.Format.JSON;
                default -> throw ProblemException.invalidField("format", "must be csv, xlsx or json");
            };
        }
        for (MediaType type : accepted) { // most preferred first
            if (type.isWildcardType() || type.isCompatible(MediaType.valueOf("text/csv"))) {
                return RosterExport.Format.CSV;
            }
            if (type.isCompatible(MediaType.valueOf(XLSX))) {
                return RosterExport.Format.XLSX;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return RosterExport.Format.JSON;
            }
        }
        throw new ProblemException(406, "not-acceptable", "Not acceptable",
                "the roster is available as text/csv, " + XLSX + " or application/json", null, java.util.Map.of());
    }
}
