package org.convene.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details; {@code errors} lists the fields of a validation failure. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://convene.example/problems/validation") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(example = "/api/v1/cities") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://convene.example/problems/";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "countryCode") String field,
            @Schema(example = "must be an ISO 3166-1 alpha-2 code") String message) {
    }
}
