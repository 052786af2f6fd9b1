package org.convene.notification.messaging;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** The data of every registration.*.v1 event. */
public record RegistrationEventData(UUID registrationId, UUID workshopId, String status, Integer waitlistPosition,
        String fullName, String email, UUID memberId, String cancelledBy, String manageTokenSealed,
        WorkshopSnapshot workshop) {

    public static RegistrationEventData from(JsonNode data) {
        String memberId = Json.text(data, "memberId", false);
        return new RegistrationEventData(UUID.fromString(Json.text(data, "registrationId", true)),
                UUID.fromString(Json.text(data, "workshopId", true)), Json.text(data, "status", true),
                data.hasNonNull("waitlistPosition") ? data.get("waitlistPosition").asInt() : null,
                Json.text(data, "fullName", true), Json.text(data, "email", true),
                memberId == null ? null : UUID.fromString(memberId), Json.text(data, "cancelledBy", false),
                Json.text(data, "manageTokenSealed", false), WorkshopSnapshot.from(Json.required(data, "workshop")));
    }
}
