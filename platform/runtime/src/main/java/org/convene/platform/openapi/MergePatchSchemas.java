package org.convene.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.platform.rest.MergePatcher;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Derives the schema of a JSON Merge Patch body from the resource's create body: a merge-patch+json body that names
 * {@code #/components/schemas/FooPatch} gets {@code FooPatch} made from {@code FooRequest}, with every field optional
 * and each field the create body does not require nullable (a {@code null} clears it), so that a generated client
 * sends the {@code null}s it is given. Other media types of the same body get the same schema.
 */
final class MergePatchSchemas {

    static final String SUFFIX = "Patch";
    private static final String REQUEST = "Request";

    private MergePatchSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = OpenApiWalk.components(openAPI);
        for (Operation operation : OpenApiWalk.operations(openAPI)) {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                continue;
            }
            Map<String, MediaType> mediaTypes = operation.getRequestBody().getContent().getMediaTypes();
            MediaType patch = mediaTypes.get(MergePatcher.MEDIA_TYPE);
            String name = patch == null ? null : OpenApiWalk.componentName(patch.getSchema());
            if (name == null || !name.endsWith(SUFFIX)) {
                continue;
            }
            if (!components.containsKey(name)) {
                String requestName = name.substring(0, name.length() - SUFFIX.length()) + REQUEST;
                Schema request = components.get(requestName);
                if (request == null) {
                    throw new IllegalStateException(name + " is named by a merge patch but there is no " + requestName);
                }
                openAPI.getComponents().addSchema(name, patchOf(requestName, request));
            }
            mediaTypes.values().forEach(mediaType -> mediaType.setSchema(OASFactory.createSchema().ref(name)));
        }
    }

    private static Schema patchOf(String requestName, Schema request) {
        List<String> required = request.getRequired() == null ? List.of() : request.getRequired();
        Schema patch = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("JSON Merge Patch (RFC 7396) of " + requestName + ": a field left out stays as it is;"
                        + " null clears a field that is not required on create");
        Map<String, Schema> properties = new LinkedHashMap<>();
        request.getProperties().forEach((field, schema) -> {
            Schema copy = OASFactory.createSchema();
            copy.setAll(new LinkedHashMap<>(schema.getAll()));
            if (!required.contains(field)) {
                nullable(copy);
            }
            properties.put(field, copy);
        });
        patch.setProperties(properties);
        return patch;
    }

    private static void nullable(Schema schema) {
        if (schema.getRef() != null) {
            Schema ref = OASFactory.createSchema().ref(schema.getRef());
            schema.setRef(null);
            schema.setAnyOf(List.of(ref, OASFactory.createSchema().addType(SchemaType.NULL)));
        } else if (schema.getType() != null && !schema.getType().contains(SchemaType.NULL)) {
            schema.addType(SchemaType.NULL);
        }
    }
}
