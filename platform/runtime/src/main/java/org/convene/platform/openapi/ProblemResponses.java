package org.convene.platform.openapi;

import java.util.Map;

import org.convene.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every operation can answer besides its own responses, so that resources only declare theirs: 400
 * where there is input, 401 and 403 where a token is needed, 413 where there is a body, 500 and 503; and gives every
 * 4xx and 5xx the {@code application/problem+json} content the server sends, with the Problem schema.
 */
final class ProblemResponses {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                addDefaults(item, operation, responses);
                responses.getAPIResponses().forEach(ProblemResponses::problemContent);
            }
        }
    }

    private static void addDefaults(PathItem item, Operation operation, APIResponses responses) {
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty()
                || item.getParameters() != null && !item.getParameters().isEmpty();
        if (hasInput) {
            add(responses, "400", "Malformed or invalid input (also: control or invisible formatting characters"
                    + " in text, a date outside its window); `errors` lists the fields");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "No token, or a token that is not valid (signature, issuer, audience, expiry,"
                    + " or older than the maximum token age)");
            add(responses, "403", "The token does not carry the organiser role");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The request body is too large");
        }
        add(responses, "500", "Unexpected error; the body carries an error id, never internals");
        add(responses, "503", "Overloaded (type overloaded: this instance is serving as many requests as it"
                + " takes, or no database connection or lock could be had in time) or the database cannot be"
                + " reached (type unavailable); retry after Retry-After seconds, with the same"
                + " Idempotency-Key where the operation takes one");
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** A 4xx or 5xx is a problem document: declared with the Problem schema whatever the resource wrote. */
    private static void problemContent(String status, APIResponse response) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        Map<String, MediaType> mediaTypes = content.getMediaTypes();
        MediaType problem = mediaTypes == null ? null : mediaTypes.get(Problem.MEDIA_TYPE);
        if (problem == null) {
            // the server answers a problem whatever the Accept header; other media types would be a lie
            MediaType only = OASFactory.createMediaType();
            if (mediaTypes != null) {
                mediaTypes.values().stream().filter(m -> m.getExamples() != null).findFirst()
                        .ifPresent(m -> only.setExamples(m.getExamples()));
                mediaTypes.keySet().forEach(content::removeMediaType);
            }
            content.addMediaType(Problem.MEDIA_TYPE, only);
            problem = only;
        }
        if (problem.getSchema() == null || problem.getSchema().getRef() == null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
        }
    }
}
