package org.convene.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * A success body that is not JSON (a CSV or XLSX roster, an iCalendar file) is bytes: {@code type: string, format:
 * binary}, so that a generated client hands it over as a file or blob instead of parsing it as JSON (openapi-generator
 * reads a plain {@code string} response as a JSON string) or decoding it as text (which corrupts an XLSX).
 */
final class RawBodies {

    private RawBodies() {
    }

    static void apply(OpenAPI openAPI) {
        for (Operation operation : OpenApiWalk.operations(openAPI)) {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                continue;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null
                        && response.getContent().getMediaTypes() != null) {
                    for (Map.Entry<String, MediaType> entry : response.getContent().getMediaTypes().entrySet()) {
                        if (!isJson(entry.getKey())) {
                            entry.getValue().setSchema(binary(entry.getValue().getSchema()));
                        }
                    }
                }
            });
        }
    }

    static boolean isJson(String mediaType) {
        String type = mediaType.toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static Schema binary(Schema declared) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.STRING).format("binary");
        if (declared != null && declared.getDescription() != null) {
            schema.setDescription(declared.getDescription());
        }
        return schema;
    }
}
