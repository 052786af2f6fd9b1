package org.convene.registration.service;

import java.util.UUID;

import org.convene.platform.security.SealedSecrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The fingerprint of a sign-up: the workshop and the body, as canonical JSON (whitespace and key order ignored). */
final class IdempotencyHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private IdempotencyHash() {
    }

    static String of(UUID workshopId, SignUpCommand request) {
        try {
            return SealedSecrets.hash(workshopId + "\n" + CANONICAL.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
