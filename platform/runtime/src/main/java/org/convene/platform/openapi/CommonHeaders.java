package org.convene.platform.openapi;

import java.util.List;

import org.convene.platform.rest.PageRequest;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the platform does the same way for every operation, declared where it happens: {@code Location} on a 201,
 * {@code Retry-After} on a 429 or 503, {@code Idempotent-Replayed} on the success of an operation that takes an
 * {@code Idempotency-Key}; the paging parameters of {@link PageRequest} ({@code limit} an integer from 1 to 200) and
 * ids in the query ({@code ...Id}, read with {@code UuidParam}) as {@code uuid}.
 */
final class CommonHeaders {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private CommonHeaders() {
    }

    static void apply(OpenAPI openAPI) {
        for (Operation operation : OpenApiWalk.operations(openAPI)) {
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            parameters.forEach(CommonHeaders::typeQueryParameter);
            boolean idempotent = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER
                    && IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                continue;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.equals("201")) {
                    header(response, "Location", "The URL of what was created",
                            OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference"));
                }
                if (status.equals("429") || status.equals("503")) {
                    header(response, "Retry-After", "Seconds to wait before trying again",
                            OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO));
                }
                if (idempotent && status.startsWith("2")) {
                    header(response, "Idempotent-Replayed", "true when this is the stored answer to an earlier"
                            + " request with the same Idempotency-Key and body; absent otherwise",
                            OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.of("true")));
                }
            });
        }
    }

    private static void typeQueryParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getIn() != Parameter.In.QUERY || schema == null
                || !List.of(SchemaType.STRING).equals(schema.getType()) || schema.getFormat() != null) {
            return;
        }
        if (parameter.getName().equals("limit")) {
            schema.setType(List.of(SchemaType.INTEGER));
            schema.setFormat("int32");
            schema.setMinimum(java.math.BigDecimal.ONE);
            schema.setMaximum(java.math.BigDecimal.valueOf(PageRequest.MAX_LIMIT));
            schema.setDefaultValue(PageRequest.DEFAULT_LIMIT);
        } else if (parameter.getName().endsWith("Id")) {
            schema.setFormat("uuid");
        }
    }

    private static void header(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() != null && response.getHeaders().keySet().stream().anyMatch(name::equalsIgnoreCase)) {
            Header declared = response.getHeaders().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst().orElseThrow().getValue();
            if (declared.getSchema() == null) {
                declared.setSchema(schema);
            }
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description).schema(schema));
    }
}
