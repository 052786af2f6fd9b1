package org.convene.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Visits the operations and the schemas of an OpenAPI model, children before their parent. */
final class OpenApiWalk {

    private OpenApiWalk() {
    }

    static List<Operation> operations(OpenAPI openAPI) {
        List<Operation> operations = new ArrayList<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                operations.addAll(item.getOperations().values());
            }
        }
        return operations;
    }

    /** Every schema of the document: components and those inside parameters, bodies, responses and headers. */
    static void schemas(OpenAPI openAPI, Consumer<Schema> visitor) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> schema(schema, visitor));
        }
        for (Operation operation : operations(openAPI)) {
            if (operation.getParameters() != null) {
                for (Parameter parameter : operation.getParameters()) {
                    schema(parameter.getSchema(), visitor);
                }
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), visitor);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    content(response.getContent(), visitor);
                    if (response.getHeaders() != null) {
                        for (Header header : response.getHeaders().values()) {
                            schema(header.getSchema(), visitor);
                        }
                    }
                }
            }
        }
    }

    private static void content(Content content, Consumer<Schema> visitor) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType mediaType : content.getMediaTypes().values()) {
                schema(mediaType.getSchema(), visitor);
            }
        }
    }

    static void schema(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(child -> schema(child, visitor));
        }
        schema(schema.getItems(), visitor);
        schema(schema.getAdditionalPropertiesSchema(), visitor);
        for (List<Schema> group : new List[] {schema.getAnyOf(), schema.getOneOf(), schema.getAllOf()}) {
            if (group != null) {
                group.forEach(child -> schema(child, visitor));
            }
        }
        visitor.accept(schema);
    }

    /** The component name a {@code $ref} points at, or null. */
    static String componentName(Schema schema) {
        String ref = schema == null ? null : schema.getRef();
        String prefix = "#/components/schemas/";
        return ref != null && ref.startsWith(prefix) ? ref.substring(prefix.length()) : null;
    }

    static Map<String, Schema> components(OpenAPI openAPI) {
        return openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
    }
}
