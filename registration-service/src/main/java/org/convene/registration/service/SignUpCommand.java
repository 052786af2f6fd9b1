package org.convene.registration.service;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sign-up as the service takes it (the REST layer maps its request to this). {@code email} is normalised and
 * trimmed; {@code answers} are JSON values, checked against the workshop's questions when the sign-up is decided.
 */
public record SignUpCommand(String fullName, String email, UUID cityId, String organisation, UUID memberId,
        Map<String, JsonNode> answers, boolean listed) {
}
