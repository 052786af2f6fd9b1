package org.convene.notification.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.convene.notification.domain.RegistrantStatus;
import org.convene.notification.domain.WorkshopStatus;
import org.convene.notification.service.RegistrationEventData;
import org.convene.notification.service.WorkshopSnapshot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Event data → the services' input records. Reads the fields this service uses; others (hostCityId, capacity, ...)
 * are ignored (tolerant reader); a missing required field is an IllegalArgumentException naming it.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    /** The data of a registration.*.v1 event. */
    public static RegistrationEventData registration(JsonNode data) {
        String memberId = Json.text(data, "memberId", false);
        return new RegistrationEventData(UUID.fromString(Json.text(data, "registrationId", true)),
                UUID.fromString(Json.text(data, "workshopId", true)),
                RegistrantStatus.valueOf(Json.text(data, "status", true)),
                data.hasNonNull("waitlistPosition") ? data.get("waitlistPosition").asInt() : null,
                Json.text(data, "fullName", true), Json.text(data, "email", true),
                memberId == null ? null : UUID.fromString(memberId), Json.text(data, "cancelledBy", false),
                Json.text(data, "manageTokenSealed", false), workshop(Json.required(data, "workshop")));
    }

    /** A workshop as carried by workshop.* events and inside registration.* and invitation.* events. */
    public static WorkshopSnapshot workshop(JsonNode node) {
        return new WorkshopSnapshot(UUID.fromString(Json.text(node, "id", true)), Json.text(node, "title", true),
                Json.text(node, "description", false), Json.text(node, "venue", false),
                Json.text(node, "timezone", true), OffsetDateTime.parse(Json.text(node, "startsAt", true)),
                OffsetDateTime.parse(Json.text(node, "endsAt", true)),
                node.hasNonNull("status") ? WorkshopStatus.valueOf(node.get("status").asText()) : WorkshopStatus.OPEN,
                Json.integer(node, "sequence"));
    }
}
