package org.convene.portal.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An attendee's registration, read with its manage token. Seam: when registration-service offers PATCH (answers,
 * consent) and transfer, registration.html gains their forms and Registrations their calls.
 */
public record Registration(UUID id, UUID workshopId, String status, Integer waitlistPosition, String fullName,
        String email, String organisation, Map<String, String> answers, OffsetDateTime registeredAt,
        OffsetDateTime cancelledAt, String cancelledBy) {

    public record Answer(String key, String value) {
    }

    /** The answers, by question key. */
    public List<Answer> answerList() {
        return answers == null ? List.of() : new TreeMap<>(answers).entrySet().stream()
                .map(entry -> new Answer(entry.getKey(), entry.getValue())).toList();
    }

    public boolean active() {
        return !"CANCELLED".equals(status);
    }
}
