package org.convene.platform.problem;

import java.util.Map;

import org.convene.platform.Roles;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents what every operation can answer besides its own responses, so that resources only declare theirs:
 * 400 where there is input, 401 and 403 where a token is needed, 413 where there is a body, and 500. Also declares the
 * organiser bearer-token security scheme. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(Roles.SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An RS256 JWT of the configured issuer, for audience 'convene' (mp.jwt.verify.audiences), at"
                        + " most 12 hours old, whose groups claim holds 'organiser'. Locally: ./convene token"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
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
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(status, response);
    }
}
