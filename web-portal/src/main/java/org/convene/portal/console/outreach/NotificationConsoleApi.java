package org.convene.portal.console.outreach;

import java.util.Map;
import java.util.UUID;

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

import org.convene.portal.client.Page;
import org.convene.portal.client.ProblemResponses;
import org.convene.portal.console.outreach.OutreachViews.AnnouncementAccepted;
import org.convene.portal.console.outreach.OutreachViews.AnnouncementRequest;
import org.convene.portal.console.outreach.OutreachViews.Delivery;
import org.convene.portal.console.outreach.OutreachViews.Notification;
import org.convene.portal.console.outreach.OutreachViews.Webhook;
import org.convene.portal.console.outreach.OutreachViews.WebhookCreated;
import org.convene.portal.console.outreach.OutreachViews.WebhookRequest;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * notification-service's organiser API: announcements, the delivery ledger and the organiser's own webhooks, called
 * with the organiser's own access token (a webhook belongs to the token's subject).
 */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationConsoleApi {

    @POST
    @Path("/announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    AnnouncementAccepted announce(AnnouncementRequest request);

    @GET
    @Path("/notifications")
    Page<Notification> notifications(@QueryParam("workshopId") UUID workshopId, @QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("recipient") String recipient,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/webhooks")
    Page<Webhook> webhooks(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    WebhookCreated createWebhook(WebhookRequest request);

    @GET
    @Path("/webhooks/{id}")
    Webhook webhook(@PathParam("id") UUID id);

    /** A JSON Merge Patch (RFC 7396) of url, eventTypes, description (null clears it) and status. */
    @PATCH
    @Path("/webhooks/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Webhook changeWebhook(@PathParam("id") UUID id, Map<String, Object> mergePatch);

    @DELETE
    @Path("/webhooks/{id}")
    void deleteWebhook(@PathParam("id") UUID id);

    @GET
    @Path("/webhooks/{id}/deliveries")
    Page<Delivery> deliveries(@PathParam("id") UUID id, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @POST
    @Path("/webhooks/{id}/deliveries/{deliveryId}/retry")
    Delivery retry(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId);
}
