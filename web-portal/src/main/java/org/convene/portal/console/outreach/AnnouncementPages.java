package org.convene.portal.console.outreach;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.console.ConsolePaging;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.console.Organiser;
import org.convene.portal.console.outreach.OutreachViews.AnnouncementAccepted;
import org.convene.portal.console.outreach.OutreachViews.Notification;
import org.convene.portal.rest.FormErrors;
import org.convene.portal.rest.Visit;
import org.convene.portal.service.Calls;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;

/**
 * An announcement to a workshop's registrants: the form, a preview that sends nothing, then Send (notification-service
 * {@code POST /api/v1/announcements}) and a redirect to the form with the counts; below the form, the announcements
 * sent before, read from the delivery ledger (the API keeps no other list of them).
 */
@Path("/organiser/workshops/{id}/announcements")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Organiser.ROLE)
@Blocking
public class AnnouncementPages {

    /** At most this many ledger pages of 200 are read for the list of past announcements. */
    static final int MAX_PAGES = 10;
    static final List<String> FIELDS = List.of("subject", "body");

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

    @GET
    public Response page(@PathParam("id") String id, @QueryParam("sent") Integer sent,
            @QueryParam("suppressed") Integer suppressed) {
        ConsoleWorkshop workshop = workshops.get(id);
        String done = sent == null ? null : words().ann_sent(Math.max(0, sent), suppressed == null ? 0 : Math.max(0, suppressed));
        return form(200, workshop, AnnouncementForm.empty(), FormErrors.none(), done);
    }

    /** The preview: what will be sent, to how many; or the form again beside its mistakes. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@PathParam("id") String id, @RestForm String subject, @RestForm String body) {
        ConsoleWorkshop workshop = workshops.get(id);
        AnnouncementForm form = AnnouncementForm.of(subject, body);
        FormErrors errors = form.check(words());
        if (workshop.cancelled()) {
            errors.general(words().ann_cancelled());
        }
        if (errors.any()) {
            return form(400, workshop, form, errors, null);
        }
        return Response.ok(visit.page(OutreachTemplates.preview(workshop, form))).build();
    }

    /** From the preview: Send, or back to the form to change it. */
    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") String id, @RestForm String subject, @RestForm String body,
            @RestForm String action) {
        ConsoleWorkshop workshop = workshops.get(id);
        AnnouncementForm form = AnnouncementForm.of(subject, body);
        if ("edit".equals(action)) {
            return form(200, workshop, form, FormErrors.none(), null);
        }
        FormErrors errors = form.check(words());
        if (errors.any()) {
            return form(400, workshop, form, errors, null);
        }
        AnnouncementAccepted accepted;
        try {
            accepted = Calls.to(Calls.NOTIFICATION,
                    () -> notifications.announce(form.request(workshop.id())));
        } catch (ServiceProblem e) {
            if (e.status() == 403) {
                throw new ForbiddenException();
            }
            return form(e.status() == 404 ? 409 : e.status(), workshop, form,
                    AnnouncementForm.ofProblem(e.problem(), words()), null);
        }
        return Response.seeOther(URI.create("/organiser/workshops/" + workshop.id() + "/announcements?sent="
                + accepted.queued() + "&suppressed=" + accepted.suppressed())).build();
    }

    private Response form(int status, ConsoleWorkshop workshop, AnnouncementForm form, FormErrors errors,
            String done) {
        List<Ledger.Announcement> past = Ledger.announcements(announcementRows(workshop.id()), workshop.zone(),
                visit.locale());
        return Response.status(status).entity(visit.page(OutreachTemplates.announcements(workshop, form, errors,
                errors.summary(FIELDS), past, done))).build();
    }

    private List<Notification> announcementRows(UUID workshopId) {
        return ConsolePaging.all(Calls.NOTIFICATION, MAX_PAGES,
                cursor -> notifications.notifications(workshopId, "ANNOUNCEMENT", null, null, 200, cursor));
    }

    private OutreachMessages words() {
        return OutreachLabels.words(visit.lang());
    }
}
