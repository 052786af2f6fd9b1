package org.convene.notification.service;

import java.util.UUID;

import org.convene.notification.domain.RegistrantStatus;

/** The data of every registration.*.v1 event, as the services here take it (messaging decodes it). */
public record RegistrationEventData(UUID registrationId, UUID workshopId, RegistrantStatus status, Integer waitlistPosition,
        String fullName, String email, UUID memberId, String cancelledBy, String manageTokenSealed,
        WorkshopSnapshot workshop) {
}
