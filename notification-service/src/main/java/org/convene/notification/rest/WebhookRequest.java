package org.convene.notification.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/webhooks}; checked by the service (each refusal a 400 naming the field). */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(description = "Absolute http or https URL the events are POSTed to", format = "uri", maxLength = 2000,
                required = true, example = "https://crm.example.org/hooks/convene") String url,
        @Schema(description = "CloudEvents types to deliver (convene.registration.confirmed.v1, ...), or \"*\" for all",
                required = true, minItems = 1, maxItems = 50,
                example = "[\"convene.registration.confirmed.v1\", \"convene.registration.cancelled.v1\"]")
        List<String> eventTypes,
        @Schema(description = "What it is for", maxLength = 500, nullable = true, example = "CRM sync")
        String description) {
}
