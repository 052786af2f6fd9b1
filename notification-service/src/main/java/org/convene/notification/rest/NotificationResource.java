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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The delivery ledger: every email, its status and attempts")
public class NotificationResource {

    @Inject
    NotificationRepository notifications;

    @GET
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = Roles.SECURITY_SCHEME)
    @Operation(summary = "List the delivery ledger",
            description = "Every email the service sent, will send, gave up on or suppressed; keyset-paginated, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of ledger rows")
    public Page<NotificationView> list(
            @Parameter(description = "Recipient email, case-insensitive", example = "asha.roy@example.org") @QueryParam("recipient") String recipient,
            @Parameter(description = "Workshop id") @QueryParam("workshopId") String workshopId,
            @Parameter(description = "CONFIRMATION, WAITLISTED, PROMOTED, CANCELLED, WORKSHOP_UPDATED, WORKSHOP_CANCELLED, APPLICATION_RECEIVED, APPLICATION_REJECTED, TRANSFER_RECEIVED, TRANSFER_SENT, INVITATION, INVITATION_REMINDER, REMINDER, ANNOUNCEMENT, WEBHOOK_DISABLED",
                    example = "CONFIRMATION", schema = @Schema(implementation = NotificationType.class))
            @QueryParam("type") String type,
            @Parameter(description = "PENDING, SENT, FAILED, SUPPRESSED", example = "SENT",
                    schema = @Schema(implementation = NotificationStatus.class)) @QueryParam("status") String status,
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
