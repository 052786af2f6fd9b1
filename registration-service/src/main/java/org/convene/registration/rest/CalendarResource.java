package org.convene.registration.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.convene.platform.ical.CalendarEvent;
import org.convene.platform.problem.Problem;
import org.convene.registration.domain.Workshop;
import org.convene.registration.domain.WorkshopStatus;
import org.convene.registration.service.WorkshopService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/workshops/{workshopId}/calendar.ics")
@Tag(name = "Rosters and calendars", description = "Organisers' roster exports; everyone's calendar file")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    WorkshopService workshops;

    @Inject
    SecurityIdentity identity;


    @GET
    @PermitAll
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "The workshop as an iCalendar file (RFC 5545)",
            description = "One VEVENT in the workshop's own time zone (DTSTART;TZID=... with its VTIMEZONE), UID"
                    + " stable per workshop, SEQUENCE raised by every published schedule change, STATUS:CANCELLED"
                    + " once cancelled. Published workshops only (drafts for organisers).")
    @APIResponse(responseCode = "200", description = "text/calendar",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "Kolkata", value = """
                            BEGIN:VCALENDAR
                            VERSION:2.0
                            PRODID:-//Convene//registration-service//EN
                            CALSCALE:GREGORIAN
                            METHOD:PUBLISH
                            BEGIN:VTIMEZONE
                            TZID:Asia/Kolkata
                            BEGIN:STANDARD
                            DTSTART:19451015T000000
                            TZOFFSETFROM:+0630
                            TZOFFSETTO:+0530
                            END:STANDARD
                            END:VTIMEZONE
                            BEGIN:VEVENT
                            UID:workshop-0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10@convene.example
                            DTSTAMP:20261125T080000Z
                            SEQUENCE:0
                            DTSTART;TZID=Asia/Kolkata:20261203T093000
                            DTEND;TZID=Asia/Kolkata:20261204T170000
                            SUMMARY:Heat resilience for frontline practitioners
                            LOCATION:Town Hall\\, Kolkata
                            STATUS:CONFIRMED
                            LAST-MODIFIED:20261120T100000Z
                            END:VEVENT
                            END:VCALENDAR
                            """)))
    @APIResponse(responseCode = "404", description = "No such published workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public Response calendar(@PathParam("workshopId") UUID workshopId) {
        Workshop workshop = workshops.get(workshopId, Caller.isOrganiser(identity));
        ZoneId zone = ZoneId.of(workshop.timezone);
        CalendarEvent event = new CalendarEvent(CalendarEvent.PUBLISH, CalendarEvent.uidOf(workshop.id),
                workshop.sequence, Instant.now(), workshop.title, workshop.description, workshop.venue, zone,
                workshop.startsAt.atZone(zone).toOffsetDateTime(), workshop.endsAt.atZone(zone).toOffsetDateTime(),
                workshop.status == WorkshopStatus.CANCELLED, null, null);
        return Response.ok(event.render(), TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"workshop-" + workshop.id + ".ics\"")
                .build();
    }
}
