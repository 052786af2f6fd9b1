package org.convene.portal.console.outreach;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.Page;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.console.ConsolePaging;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.Organiser;
import org.convene.portal.console.outreach.OutreachViews.Delivery;
import org.convene.portal.console.outreach.OutreachViews.Webhook;
import org.convene.portal.console.outreach.OutreachViews.WebhookCreated;
import org.convene.portal.rest.FormErrors;
import org.convene.portal.rest.Visit;
import org.convene.portal.service.Calls;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;

/**
 * The organiser's webhooks (notification-service {@code /api/v1/webhooks}): the list with the form that adds one
 * (its signing secret shown once, on the page that answers the form), editing (a merge patch), disabling and
 * enabling, deleting after a confirming page, and a webhook's deliveries with Retry. Times are in UTC: a webhook
 * belongs to no workshop's time zone.
 */
@Path("/organiser/webhooks")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Organiser.ROLE)
@Blocking
public class WebhookPages {

    static final int MAX_PAGES = 10;
    static final int PAGE_SIZE = 50;

    @Inject
    @RestClient
    NotificationConsoleApi api;

    @Inject
    Visit visit;

    /** A refusal no form of this page expects: the console's "that did not work" page. */
    @ServerExceptionMapper
    public Response refused(ServiceProblem e) {
        return ConsoleProblems.refused(visit, e);
    }

    @GET
    public Response list(@QueryParam("done") String done) {
        OutreachMessages words = words();
        String confirmation = done == null ? null : switch (done) {
            case "saved" -> words.hook_done_saved();
            case "disabled" -> words.hook_done_disabled();
            case "enabled" -> words.hook_done_enabled();
            case "deleted" -> words.hook_done_deleted();
            default -> null;
        };
        return listPage(200, WebhookForm.empty(), FormErrors.none(), confirmation);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String url, @RestForm String description,
            @RestForm("eventTypes") List<String> eventTypes) {
        WebhookForm form = WebhookForm.of(url, description, eventTypes);
        FormErrors errors = form.check(words());
        if (errors.any()) {
            return listPage(400, form, errors, null);
        }
        WebhookCreated created;
        try {
            created = Calls.to(Calls.NOTIFICATION, () -> api.createWebhook(form.request()));
        } catch (ServiceProblem e) {
            if (e.status() == 403) {
                throw new ForbiddenException();
            }
            return listPage(e.status() >= 400 && e.status() < 500 ? e.status() : 400, form,
                    WebhookForm.ofProblem(e.problem(), words()), null);
        }
        // the secret is shown once, on this answer: never in a redirect's address, never stored by the portal
        List<String> events = created.eventTypes().stream().map(t -> WebhookEvents.label(words(), t)).toList();
        return Response.ok(visit.page(OutreachTemplates.created(created, events))).build();
    }

    @GET
    @Path("{webhookId}")
    public Response edit(@PathParam("webhookId") String webhookId) {
        Webhook webhook = webhook(webhookId);
        return editPage(200, webhook, WebhookForm.of(webhook), FormErrors.none());
    }

    @POST
    @Path("{webhookId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("webhookId") String webhookId, @RestForm String url,
            @RestForm String description, @RestForm("eventTypes") List<String> eventTypes) {
        Webhook webhook = webhook(webhookId);
        WebhookForm form = WebhookForm.of(url, description, eventTypes);
        FormErrors errors = form.check(words());
        if (errors.any()) {
            return editPage(400, webhook, form, errors);
        }
        try {
            Calls.to(Calls.NOTIFICATION, () -> api.changeWebhook(webhook.id(), form.mergePatch()));
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                throw new NotFoundException();
            }
            if (e.status() == 403) {
                throw new ForbiddenException();
            }
            return editPage(e.status() < 500 ? e.status() : 400, webhook, form,
                    WebhookForm.ofProblem(e.problem(), words()));
        }
        return done("saved");
    }

    /** Disable (status DISABLED) or enable (ACTIVE) a webhook. */
    @POST
    @Path("{webhookId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("webhookId") String webhookId, @RestForm String status) {
        UUID id = OutreachWorkshops.uuid(webhookId);
        boolean enable = "ACTIVE".equals(status);
        try {
            Calls.to(Calls.NOTIFICATION, () -> api.changeWebhook(id,
                    java.util.Map.of("status", enable ? "ACTIVE" : "DISABLED")));
        } catch (ServiceProblem e) {
            throw notFoundOr(e);
        }
        return done(enable ? "enabled" : "disabled");
    }

    /** The confirming step: a GET changes nothing. */
    @GET
    @Path("{webhookId}/delete")
    public Response confirmDelete(@PathParam("webhookId") String webhookId) {
        return Response.ok(visit.page(OutreachTemplates.delete(hook(webhook(webhookId))))).build();
    }

    @POST
    @Path("{webhookId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("webhookId") String webhookId) {
        UUID id = OutreachWorkshops.uuid(webhookId);
        try {
            Calls.run(Calls.NOTIFICATION, () -> api.deleteWebhook(id));
        } catch (ServiceProblem e) {
            if (e.status() != 404) { // deleted already (another tab): done all the same
                throw notFoundOr(e);
            }
        }
        return done("deleted");
    }

    @GET
    @Path("{webhookId}/deliveries")
    public Response deliveries(@PathParam("webhookId") String webhookId, @QueryParam("cursor") String cursor,
            @QueryParam("retried") boolean retried) {
        Webhook webhook = webhook(webhookId);
        return deliveriesPage(200, webhook, cursor, retried ? words().del_done_retried() : null, FormErrors.none());
    }

    @POST
    @Path("{webhookId}/deliveries/{deliveryId}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("webhookId") String webhookId, @PathParam("deliveryId") String deliveryId,
            @RestForm String cursor) {
        Webhook webhook = webhook(webhookId);
        UUID delivery = OutreachWorkshops.uuid(deliveryId);
        try {
            Calls.to(Calls.NOTIFICATION, () -> api.retry(webhook.id(), delivery));
        } catch (ServiceProblem e) {
            if (e.status() == 409) {
                return deliveriesPage(409, webhook, cursor, null,
                        FormErrors.none().general(words().error_retry_conflict()));
            }
            throw notFoundOr(e);
        }
        String back = "/organiser/webhooks/" + webhook.id() + "/deliveries?retried=true"
                + (cursor == null || cursor.isBlank() ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return Response.seeOther(URI.create(back)).build();
    }

    private Response listPage(int status, WebhookForm form, FormErrors errors, String done) {
        List<Webhook> webhooks = ConsolePaging.all(Calls.NOTIFICATION, MAX_PAGES, cursor -> api.webhooks(200, cursor));
        List<OutreachTemplates.Hook> hooks = webhooks.stream().map(this::hook).toList();
        return Response.status(status).entity(visit.page(OutreachTemplates.webhooks(hooks, form, errors,
                errors.summary(WebhookForm.FIELDS), WebhookEvents.groups(words(), form.chosen()), done))).build();
    }

    private Response editPage(int status, Webhook webhook, WebhookForm form, FormErrors errors) {
        return Response.status(status).entity(visit.page(OutreachTemplates.webhook(hook(webhook), form, errors,
                errors.summary(WebhookForm.FIELDS), WebhookEvents.groups(words(), form.chosen())))).build();
    }

    private Response deliveriesPage(int status, Webhook webhook, String cursor, String done, FormErrors errors) {
        String from = cursor == null || cursor.isBlank() ? null : cursor.strip();
        Page<Delivery> page;
        try {
            page = Calls.to(Calls.NOTIFICATION, () -> api.deliveries(webhook.id(), PAGE_SIZE, from));
        } catch (ServiceProblem e) {
            throw notFoundOr(e);
        }
        OutreachMessages words = words();
        List<OutreachTemplates.DeliveryRow> rows = page.items().stream().map(d -> row(d, webhook, words)).toList();
        String base = "/organiser/webhooks/" + webhook.id() + "/deliveries";
        return Response.status(status).entity(visit.page(OutreachTemplates.deliveries(hook(webhook), rows,
                page.next() == null ? null : base + "?cursor=" + URLEncoder.encode(page.next(), StandardCharsets.UTF_8),
                from == null ? null : base, done, errors.summary(List.of())))).build();
    }

    private OutreachTemplates.DeliveryRow row(Delivery d, Webhook webhook, OutreachMessages words) {
        String answer = d.lastResponseCode() == null ? (d.attempts() == 0 ? "" : words.del_no_answer())
                : words.del_answer(d.lastResponseCode(), d.lastDurationMs() == null ? 0 : d.lastDurationMs());
        return new OutreachTemplates.DeliveryRow(d.id().toString(), d.eventId(), d.eventType(),
                WebhookEvents.label(words, d.eventType()), time(d.createdAt()), OutreachLabels.delivery(words, d.status()),
                d.status() == null ? "" : d.status().toLowerCase(java.util.Locale.ROOT), d.attempts(), answer,
                d.lastError(), d.deliveredAt() == null ? null : time(d.deliveredAt()),
                "PENDING".equals(d.status()) && d.nextAttemptAt() != null ? time(d.nextAttemptAt()) : null,
                d.retryable() && webhook.active());
    }

    private OutreachTemplates.Hook hook(Webhook w) {
        OutreachMessages words = words();
        return new OutreachTemplates.Hook(w.id().toString(), w.url(),
                w.eventTypes().stream().map(t -> WebhookEvents.label(words, t)).toList(),
                w.description() == null ? "" : w.description(), w.active(), OutreachLabels.hook(words, w.status()),
                w.disabledAt() == null || w.active() ? null : words.hook_disabled_since(time(w.disabledAt())),
                time(w.createdAt()));
    }

    private Webhook webhook(String webhookId) {
        UUID id = OutreachWorkshops.uuid(webhookId);
        try {
            return Calls.to(Calls.NOTIFICATION, () -> api.webhook(id));
        } catch (ServiceProblem e) {
            throw notFoundOr(e);
        }
    }

    /** A webhook that is not the organiser's (or no more) is a page not found; any other refusal stays what it is. */
    private static RuntimeException notFoundOr(ServiceProblem e) {
        if (e.status() == 404) {
            return new NotFoundException();
        }
        if (e.status() == 403) {
            return new ForbiddenException();
        }
        return e;
    }

    private Response done(String what) {
        return Response.seeOther(URI.create("/organiser/webhooks?done=" + what)).build();
    }

    private String time(java.time.Instant at) {
        return OutreachLabels.time(at, ZoneOffset.UTC, visit.locale());
    }

    private OutreachMessages words() {
        return OutreachLabels.words(visit.lang());
    }
}
