package org.convene.portal.client;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code POST /api/v1/workshops/{id}/registrations}: the form's fields, named as the API names them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignUpRequest(String fullName, String email, UUID cityId, String organisation,
        Map<String, Object> answers, Boolean listed) {
}
