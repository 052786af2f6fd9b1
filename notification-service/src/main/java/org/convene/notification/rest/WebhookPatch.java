package org.convene.notification.rest;

import java.util.List;

import org.convene.notification.webhook.SubscriptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of {@code PATCH /api/v1/webhooks/{id}} (JSON Merge Patch, RFC 7396) for the OpenAPI document and generated
 * clients: a field left out stays as it is; {@code null} clears {@code description}. The resource applies the patch to
 * the subscription's current fields with the platform's MergePatcher; this type only describes it.
 */
@Schema(name = "WebhookPatch", description = "JSON Merge Patch of a webhook subscription")
public record WebhookPatch(
        @Schema(description = "Absolute http or https URL", format = "uri", maxLength = 2000) String url,
        @Schema(description = "CloudEvents types, or \"*\"", minItems = 1, maxItems = 50) List<String> eventTypes,
        @Schema(description = "What it is for; null clears it", nullable = true, maxLength = 500) String description,
        @Schema(description = "ACTIVE re-enables a DISABLED subscription; DISABLED stops its deliveries")
        SubscriptionStatus status) {
}
