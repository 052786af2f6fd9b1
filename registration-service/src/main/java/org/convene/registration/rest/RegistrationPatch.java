package org.convene.registration.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape of {@code PATCH /api/v1/registrations/{id}} (JSON Merge Patch, RFC 7396) for the OpenAPI document and
 * generated clients: a field left out stays as it is; {@code null} clears {@code organisation}. The resource applies
 * the patch to the registration's current fields with the platform's MergePatcher; this type only describes it.
 */
@Schema(name = "RegistrationPatch", description = "JSON Merge Patch of one's own registration")
public record RegistrationPatch(
        @Schema(description = "Full name", maxLength = 200) String fullName,
        @Schema(description = "Organisation; null clears it", nullable = true, maxLength = 200) String organisation,
        @Schema(description = "Answers to the workshop's questions, by question key; checked like a sign-up's")
        Map<String, JsonNode> answers,
        @Schema(description = "Consent to appear on the participant list") Boolean listed) {
}
