package org.convene.portal.console.people;

import java.io.InputStream;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.console.Organiser;

import io.smallrye.common.annotation.Blocking;

/**
 * The roster as a file (?format=csv, the default, or xlsx): registration-service's export, asked for with the
 * organiser's token and copied on to the browser as it arrives (a small buffer, never the whole file), as an
 * attachment.
 */
@Path("/organiser/workshops/{id}/roster")
@RolesAllowed(Organiser.ROLE)
@Blocking
public class RosterDownload {

    static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    People people;

    @GET
    public Response roster(@PathParam("id") String id, @QueryParam("format") String format) {
        UUID workshopId = PeopleLinks.id(id);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        Response upstream;
        try {
            upstream = people.roster(workshopId, xlsx ? "xlsx" : "csv");
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                throw new NotFoundException("no workshop " + workshopId);
            }
            throw e;
        }
        String type = upstream.getHeaderString("Content-Type");
        if (type == null || type.isBlank()) {
            type = xlsx ? PeopleApi.XLSX : CSV;
        }
        StreamingOutput body = out -> {
            try (upstream; InputStream in = upstream.readEntity(InputStream.class)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body).type(type)
                .header("Content-Disposition", disposition(workshopId, xlsx))
                .header("Cache-Control", "no-store").build();
    }

    /** Always an attachment, named by the portal (never a header the browser would take from elsewhere). */
    static String disposition(UUID workshopId, boolean xlsx) {
        return "attachment; filename=\"roster-" + workshopId + (xlsx ? ".xlsx" : ".csv") + "\"";
    }
}
