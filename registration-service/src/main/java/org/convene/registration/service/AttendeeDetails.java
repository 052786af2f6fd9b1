package org.convene.registration.service;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.convene.platform.validation.PlainText;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an attendee (or an organiser) may change of a registration, in the form a merge patch is applied to; the
 * answers are checked against the workshop's questions afterwards.
 */
public record AttendeeDetails(
        @NotBlank @Size(max = 200) @PlainText String fullName,
        @Size(max = 200) @PlainText String organisation,
        @Size(max = 30) Map<@Size(min = 1, max = 40) String, JsonNode> answers,
        Boolean listed) {
}
