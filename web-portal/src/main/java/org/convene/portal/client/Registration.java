package org.convene.portal.client;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An attendee's registration, read with its manage token; {@code answers} are typed JSON values by question key.
 */
public record Registration(UUID id, UUID workshopId, String status, Integer waitlistPosition, String fullName,
        String email, String organisation, Map<String, JsonNode> answers, boolean listed,
        OffsetDateTime registeredAt, OffsetDateTime cancelledAt, String cancelledBy) {

    public Registration {
        answers = answers == null ? Map.of() : answers;
    }

    /** Whether the attendee may still change it (answers, consent, transfer): not cancelled or rejected. */
    public boolean changeable() {
        return !"CANCELLED".equals(status) && !"REJECTED".equals(status);
    }

    public boolean active() {
        return !"CANCELLED".equals(status);
    }
}
