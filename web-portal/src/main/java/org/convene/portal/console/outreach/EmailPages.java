package org.convene.portal.console.outreach;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.Page;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.console.Organiser;
import org.convene.portal.console.outreach.OutreachViews.Notification;
import org.convene.portal.rest.FormErrors;
import org.convene.portal.rest.Visit;
import org.convene.portal.service.Calls;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;

/**
 * A workshop's delivery ledger (notification-service {@code GET /api/v1/notifications?workshopId=}): every email,
 * filtered by kind, status and recipient, a page of {@link #PAGE_SIZE} at a time (keyset: next page, first page).
 */
@Path("/organiser/workshops/{id}/emails")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Organiser.ROLE)
@Blocking
public class EmailPages {

    static final int PAGE_SIZE = 50;
    static final int MAX_RECIPIENT = 254;

    @Inject
    @RestClient
    NotificationConsoleApi notifications;

    @Inject
    OutreachWorkshops workshops;

    @Inject
    Visit visit;

    /** A refusal no form of this page expects: the console's "that did not work" page. */
    @ServerExceptionMapper
    public Response refused(ServiceProblem e) {
        return ConsoleProblems.refused(visit, e);
    }

    /** The ledger's filters as the page keeps them: known codes only, a recipient trimmed. */
    record Filter(String type, String status, String recipient) {

        static Filter of(String type, String status, String recipient) {
            String who = recipient == null ? null : recipient.strip();
            if (who != null && (who.isEmpty() || who.length() > MAX_RECIPIENT)) {
                who = null;
            }
            return new Filter(type != null && OutreachLabels.TYPES.contains(type) ? type : null,
                    status != null && OutreachLabels.STATUSES.contains(status) ? status : null, who);
        }

        boolean any() {
            return type != null || status != null || recipient != null;
        }

        /** This page of the ledger with these filters, from {@code cursor} (null: the first page). */
        String url(String workshopId, String cursor) {
            StringJoiner query = new StringJoiner("&", "/organiser/workshops/" + workshopId + "/emails?", "");
            query.setEmptyValue("/organiser/workshops/" + workshopId + "/emails");
            if (type != null) {
                query.add("type=" + type);
            }
            if (status != null) {
                query.add("status=" + status);
            }
            if (recipient != null) {
                query.add("recipient=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8));
            }
            if (cursor != null) {
                query.add("cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            }
            return query.toString();
        }
    }

    @GET
    public Response emails(@PathParam("id") String id, @QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("recipient") String recipient,
            @QueryParam("cursor") String cursor) {
        ConsoleWorkshop workshop = workshops.get(id);
        Filter filter = Filter.of(type, status, recipient);
        String from = cursor == null || cursor.isBlank() ? null : cursor.strip();
        OutreachMessages words = OutreachLabels.words(visit.lang());
        List<Notification> found = List.of();
        String next = null;
        FormErrors errors = FormErrors.none();
        int httpStatus = 200;
        try {
            Page<Notification> page = Calls.to(Calls.NOTIFICATION, () -> notifications.notifications(
                    workshop.id(), filter.type(), filter.status(), filter.recipient(), PAGE_SIZE, from));
            found = page.items();
            next = page.next();
        } catch (ServiceProblem e) {
            if (e.status() == 403) {
                throw new ForbiddenException();
            }
            errors.general(words.error_refused(ConsoleProblems.detail(e)));
            httpStatus = 400;
        }
        List<OutreachTemplates.Option> types = OutreachLabels.TYPES.stream()
                .map(t -> new OutreachTemplates.Option(t, OutreachLabels.type(words, t), t.equals(filter.type())))
                .toList();
        List<OutreachTemplates.Option> statuses = OutreachLabels.STATUSES.stream()
                .map(s -> new OutreachTemplates.Option(s, OutreachLabels.status(words, s), s.equals(filter.status())))
                .toList();
        String workshopId = workshop.id().toString();
        return Response.status(httpStatus).entity(visit.page(OutreachTemplates.emails(workshop,
                Ledger.rows(found, words, workshop.zone(), visit.locale()),
                filter.recipient() == null ? "" : filter.recipient(), types, statuses, filter.any(),
                next == null ? null : filter.url(workshopId, next), from == null ? null : filter.url(workshopId, null),
                errors.summary(List.of())))).build();
    }
}
