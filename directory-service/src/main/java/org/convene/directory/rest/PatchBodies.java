package org.convene.directory.rest;

import java.io.IOException;
import java.io.InputStream;

import org.convene.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a merge-patch body (application/merge-patch+json or application/json) as a JSON tree. */
final class PatchBodies {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private PatchBodies() {
    }

    static JsonNode read(ObjectMapper mapper, InputStream body) {
        try {
            JsonNode patch = body == null ? null : mapper.readTree(body);
            if (patch == null || patch.isMissingNode()) {
                throw new ProblemException(400, "malformed-body", "Malformed request body",
                        "the body must be a JSON merge patch (a JSON object)");
            }
            return patch;
        } catch (JsonParseException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "the body cannot be read");
        }
    }
}
