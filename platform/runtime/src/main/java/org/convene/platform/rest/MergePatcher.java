package org.convene.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.convene.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396) applied to the request form of a resource, then validated with the same rules as a
 * create. A field set to null is removed (so a required field set to null fails validation); unknown or read-only
 * fields are a 400.
 */
@ApplicationScoped
public class MergePatcher {

    /** RFC 7396's media type; {@code application/json} is accepted too. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    /** Reads a request body as a merge patch: a JSON object, or a 400 problem saying what is wrong. */
    public ObjectNode read(InputStream body) {
        JsonNode patch;
        try {
            patch = body == null ? null : mapper.readTree(body);
        } catch (JsonParseException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "the body cannot be read");
        }
        if (patch == null || patch.isMissingNode() || !patch.isObject()) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "a merge patch must be a JSON object");
        }
        return (ObjectNode) patch;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "a merge patch must be a JSON object");
        }
        ObjectNode target = mapper.valueToTree(current);
        merge(target, (ObjectNode) patch);
        T patched = read(target, type);
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    /** RFC 7396 section 2, for an object target. */
    static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject()) {
                JsonNode existing = target.get(field.getKey());
                ObjectNode child = existing != null && existing.isObject() ? (ObjectNode) existing
                        : target.putObject(field.getKey());
                merge(child, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }

    private <T> T read(ObjectNode patched, Class<T> type) {
        try {
            return mapper.treeToValue(patched, type);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.invalidField(e.getPropertyName(), "unknown or read-only field");
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw ProblemException.invalidField(field, "has the wrong type");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.badRequest("the merge patch cannot be applied");
        }
    }
}
