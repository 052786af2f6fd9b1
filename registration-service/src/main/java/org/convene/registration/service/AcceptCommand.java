package org.convene.registration.service;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** An invitee's acceptance: optionally their email (checked against the invitation), city, answers and consent. */
public record AcceptCommand(String email, UUID cityId, Map<String, JsonNode> answers, boolean listed) {
}
