package org.convene.notification.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** A workshop's schedule as carried by workshop.* events and inside registration.* events. */
public record WorkshopSnapshot(UUID id, String title, String description, String venue, String timezone,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String status, int sequence) {

    /** Reads the fields this service uses; others (hostCityId, capacity, ...) are ignored (tolerant reader). */
    public static WorkshopSnapshot from(JsonNode node) {
        return new WorkshopSnapshot(UUID.fromString(Json.text(node, "id", true)), Json.text(node, "title", true),
                Json.text(node, "description", false), Json.text(node, "venue", false),
                Json.text(node, "timezone", true), OffsetDateTime.parse(Json.text(node, "startsAt", true)),
                OffsetDateTime.parse(Json.text(node, "endsAt", true)),
                node.hasNonNull("status") ? node.get("status").asText() : "OPEN", Json.integer(node, "sequence"));
    }
}
