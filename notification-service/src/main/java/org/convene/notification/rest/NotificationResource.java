package org.convene.notification.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.domain.NotificationType;
import org.convene.notification.repository.NotificationRepository;
import org.convene.notification.service.Ledger;
import org.convene.platform.Roles;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.Page;
import org.convene.platform.rest.PageRequest;
import org.convene.platform.rest.UuidParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The delivery ledger: every email, its status and attempts")
public class NotificationResource {

    static final String NOTIFICATION_EXAMPLE = """
            {"id": "019ab3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b", "eventId": "019ab3c4-1111-7f80-9a1b-2c3d4e5f6a7b",
             "type": "CONFIRMATION", "recipient": "asha.roy@example.org",
             "subject": "You are registered: Climate-resilient housing", "language": "en", "status": "SENT",
             "attempts": 1, "lastError": null, "nextAttemptAt": null, "sentAt": "2026-11-25T10:15:02.120Z",
             "createdAt": "2026-11-25T10:15:02.031Z", "workshopId": "019ab3c0-0000-7000-8000-000000000001",
             "registrationId": "019ab3c4-2222-7f80-9a1b-2c3d4e5f6a7b",
             "messageId": "<019ab3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b@convene.local>"}""";

    @Inject
    NotificationRepository notifications;

    @GET
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "List the delivery ledger",
            description = "Every email the service sent, will send, gave up on or suppressed; keyset-paginated, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of ledger rows",
            content = @Content(examples = @ExampleObject(name = "page",
                    value = "{\"items\": [" + NOTIFICATION_EXAMPLE + "], \"next\": null}")))
    public Page<NotificationView> list(
            @Parameter(description = "Recipient email, case-insensitive", example = "asha.roy@example.org") @QueryParam("recipient") String recipient,
            @Parameter(description = "Workshop id") @QueryParam("workshopId") String workshopId,
            @Parameter(description = "CONFIRMATION, WAITLISTED, PROMOTED, CANCELLED, WORKSHOP_UPDATED, WORKSHOP_CANCELLED, REMINDER, ANNOUNCEMENT",
                    example = "CONFIRMATION") @QueryParam("type") String type,
            @Parameter(description = "PENDING, SENT, FAILED, SUPPRESSED", example = "SENT") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        UUID workshop = UuidParam.parse("workshopId", workshopId);
        String who = recipient == null || recipient.isBlank() ? null : Ledger.normalise(recipient);
        return Page.of(notifications.page(who, workshop, parse(NotificationType.class, "type", type),
                parse(NotificationStatus.class, "status", status), page), page, n -> n.id, NotificationView::of);
    }

    static <E extends Enum<E>> E parse(Class<E> kind, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field,
                    "must be one of " + Arrays.toString(kind.getEnumConstants()));
        }
    }
}
