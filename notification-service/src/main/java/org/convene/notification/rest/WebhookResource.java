package org.convene.notification.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.convene.notification.webhook.Webhooks;
import org.convene.platform.Roles;
import org.convene.platform.rest.MergePatcher;
import org.convene.platform.rest.Page;
import org.convene.platform.rest.PageRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organiser's webhooks: the events of this service, POSTed as CloudEvents (HTTP binary mode) signed per Standard
 * Webhooks. Each subscription is its creator's (the token's subject); to other organisers it does not exist. Examples
 * are in META-INF/openapi.yaml.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
@SecurityRequirement(name = Roles.SECURITY_SCHEME)
@Tag(name = "Webhooks", description = "Events POSTed to an organiser's URL: subscriptions, delivery log, redelivery")
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @Inject
    JsonWebToken jwt;

    @Inject
    MergePatcher patcher;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to events",
            description = "Every later event of the listed types (\"*\": all) is POSTed to the URL, in order per"
                    + " workshop, retried with back-off for 24 hours; then the subscription is DISABLED and you are"
                    + " emailed. The answer carries the signing secret, shown only this once. The URL must be"
                    + " absolute http(s) and resolve to public addresses only.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WebhookRequest.class)))
    @APIResponse(responseCode = "201", description = "Subscribed (ACTIVE); Location names it",
            content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public Response create(@NotNull WebhookRequest request) {
        WebhookCreated created = WebhookCreated.of(webhooks.create(owner(), email(),
                new Webhooks.Form(request.url(), request.eventTypes(), request.description(), null)));
        return Response.created(URI.create("/api/v1/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List my webhooks", description = "Keyset-paginated, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of webhooks")
    public Page<WebhookView> list(
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(webhooks.list(owner(), page), page, s -> s.id(), WebhookView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook", description = "Without its secret.")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook of yours")
    public WebhookView get(@PathParam("id") UUID id) {
        return WebhookView.of(webhooks.get(owner(), id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatcher.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a webhook (JSON Merge Patch)",
            description = "RFC 7396 merge patch of url, eventTypes, description (null clears it) and status:"
                    + " ACTIVE re-enables a DISABLED webhook (its pending deliveries are due at once), DISABLED stops"
                    + " it. The secret does not change.")
    @RequestBody(content = @Content(mediaType = MergePatcher.MEDIA_TYPE,
            schema = @Schema(implementation = WebhookPatch.class)))
    @APIResponse(responseCode = "200", description = "The changed webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook of yours")
    public WebhookView patch(@PathParam("id") UUID id, InputStream body) {
        String owner = owner();
        Webhooks.Form current = webhooks.form(webhooks.get(owner, id));
        Webhooks.Form patched = patcher.apply(current, patcher.read(body), Webhooks.Form.class);
        return WebhookView.of(webhooks.update(owner, id, patched));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook", description = "With its delivery log; nothing more is sent to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook of yours")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(owner(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log of a webhook",
            description = "One row per event: PENDING (to be sent, or retried at nextAttemptAt), DELIVERED (a 2xx) or"
                    + " FAILED (given up, or a refused target), with the latest response code and duration."
                    + " Keyset-paginated, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "404", description = "No such webhook of yours")
    public Page<WebhookDeliveryView> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(webhooks.deliveries(owner(), id, page), page, d -> d.id(), WebhookDeliveryView::of);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @Operation(summary = "Deliver again",
            description = "Makes a FAILED (or PENDING) delivery due now, with a fresh retry window. The webhook must"
                    + " be ACTIVE.")
    @APIResponse(responseCode = "202", description = "Due now: follow it in the delivery log",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook of yours, or no such delivery of it")
    @APIResponse(responseCode = "409", description = "The delivery was DELIVERED already, or the webhook is DISABLED")
    public Response retry(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(WebhookDeliveryView.of(webhooks.retry(owner(), id, deliveryId))).build();
    }

    /** The organiser: the token's subject (its upn when it has none). */
    private String owner() {
        String subject = jwt.getSubject();
        return subject == null || subject.isBlank() ? jwt.getName() : subject;
    }

    /** Where a disabling is told: the email claim, else the upn when it is an address. */
    private String email() {
        Object email = jwt.getClaim("email");
        if (email != null && email.toString().contains("@")) {
            return email.toString().replace("\"", "");
        }
        String name = jwt.getName();
        return name != null && name.contains("@") ? name : null;
    }
}
