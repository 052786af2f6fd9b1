package org.convene.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.notification.service.AnnouncementQueued;
import org.convene.notification.service.Announcements;
import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/announcements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Announcements", description = "Organisers' messages to a workshop's registrants")
public class AnnouncementResource {

    @Inject
    Announcements announcements;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "Announce something to a workshop's registrants",
            description = "Queues one email per confirmed or waitlisted registrant; those who turned announcements "
                    + "off get a SUPPRESSED ledger row instead. Delivery is asynchronous: follow it in "
                    + "GET /api/v1/notifications?type=ANNOUNCEMENT&workshopId=...")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "room change", value = """
            {"workshopId": "019ab3c0-0000-7000-8000-000000000001", "subject": "Room change: we meet in Hall B",
             "body": "Dear all, tomorrow we meet in Hall B on the first floor."}""")))
    @APIResponse(responseCode = "202", description = "Accepted: the emails are in the ledger",
            content = @Content(schema = @Schema(implementation = AnnouncementAccepted.class),
                    examples = @ExampleObject(name = "accepted", value = """
                            {"id": "019ab3d0-0000-7000-8000-0000000000aa",
                             "workshopId": "019ab3c0-0000-7000-8000-000000000001", "queued": 23, "suppressed": 2}""")))
    @APIResponse(responseCode = "404", description = "No such workshop is known to this service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown workshop", value = """
                            {"type": "https://convene.example/problems/not-found", "title": "Not found", "status": 404,
                             "detail": "workshop 019ab3c0-0000-7000-8000-000000000001 does not exist",
                             "instance": "/api/v1/announcements"}""")))
    @APIResponse(responseCode = "422", description = "The workshop is cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "cancelled", value = """
                            {"type": "https://convene.example/problems/workshop-cancelled",
                             "title": "Workshop cancelled", "status": 422,
                             "detail": "workshop 019ab3c0-0000-7000-8000-000000000001 is cancelled; its registrants were told already",
                             "instance": "/api/v1/announcements"}""")))
    public Response announce(@Valid @NotNull AnnouncementRequest request) {
        AnnouncementQueued queued = announcements.announce(request.workshopId(), request.subject(),
                request.body());
        return Response.accepted(new AnnouncementAccepted(queued.id(), queued.workshopId(), queued.queued(),
                queued.suppressed())).build();
    }
}
