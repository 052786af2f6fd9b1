package org.convene.platform.inbox;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/** A consumed CloudEvent: the envelope's attributes and the JSON data. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
        String topic, String key, JsonNode data) {
}
