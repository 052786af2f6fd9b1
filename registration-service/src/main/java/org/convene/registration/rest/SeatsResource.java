package org.convene.registration.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.convene.platform.problem.Problem;
import org.convene.registration.mapping.RegistrationMapper;
import org.convene.registration.service.WorkshopService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workshops/{id}/seats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops")
public class SeatsResource {

    @Inject
    WorkshopService service;

    @GET
    @PermitAll
    @Operation(summary = "A published workshop's seats, per allocation group",
            description = "Counts only, no names. A seat is CONFIRMED only when both the workshop and the attendee's"
                    + " group have room; from releaseAt on the group limits no longer apply.")
    @APIResponse(responseCode = "200", description = "The seats",
            content = @Content(schema = @Schema(implementation = SeatsView.class),
                    examples = @ExampleObject(name = "by city", value = AdmissionExamples.SEATS)))
    @APIResponse(responseCode = "404", description = "No such published workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public SeatsView seats(@PathParam("id") UUID id) {
        return RegistrationMapper.view(service.seats(id));
    }
}
