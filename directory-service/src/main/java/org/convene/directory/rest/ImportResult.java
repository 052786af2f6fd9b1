package org.convene.directory.rest;

import java.util.List;

import org.convene.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What a CSV import did; rejected lines were not imported")
public record ImportResult(
        @Schema(example = "38") int created,
        @Schema(example = "2") int updated,
        @Schema(example = "0") int unchanged,
        List<Rejection> rejected) {

    @Schema(name = "ImportRejection")
    public record Rejection(
            @Schema(description = "Line of the file (the header is line 1)", example = "7") long line,
            List<Problem.FieldError> errors) {
    }
}
