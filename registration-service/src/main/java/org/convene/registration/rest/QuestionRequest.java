package org.convene.registration.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** One question of a workshop's sign-up form (QuestionRules checks what the annotations cannot). */
@Schema(name = "Question")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionRequest(
        @Schema(description = "[a-z0-9_-]{1,40}, unique in the workshop; the key of the answer", example = "diet")
        @NotNull @Pattern(regexp = "[a-z0-9_-]{1,40}", message = "must match [a-z0-9_-]{1,40}") String key,
        @Schema(description = "Text, or an object language → text", example = "{\"en\": \"Diet\", \"bn\": \"খাদ্য\"}")
        @NotNull JsonNode label,
        @Schema(enumeration = {"TEXT", "LONG_TEXT", "CHOICE", "MULTI_CHOICE", "BOOLEAN", "NUMBER", "DATE", "COUNTRY"},
                example = "CHOICE") @NotNull String type,
        @Schema(description = "Default false", example = "true") Boolean required,
        @Schema(description = "For CHOICE and MULTI_CHOICE only (at least one)") @Valid @Size(max = 50)
        List<Option> options,
        @Schema(description = "Text, or an object language → text", nullable = true) JsonNode help) {

    @Schema(name = "QuestionOption")
    public record Option(
            @Schema(example = "vegetarian") @NotNull
            @Pattern(regexp = "[a-z0-9_-]{1,40}", message = "must match [a-z0-9_-]{1,40}") String key,
            @Schema(description = "Text, or an object language → text", example = "Vegetarian") @NotNull JsonNode label) {
    }
}
