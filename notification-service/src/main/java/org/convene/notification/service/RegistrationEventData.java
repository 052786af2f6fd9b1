package org.convene.notification.service;

import java.util.UUID;

/** The data of every registration.*.v1 event, as the services here take it (messaging decodes it). */
public record RegistrationEventData(UUID registrationId, UUID workshopId, String status, Integer waitlistPosition,
        String fullName, String email, UUID memberId, String cancelledBy, String manageTokenSealed,
        WorkshopSnapshot workshop) {
}
