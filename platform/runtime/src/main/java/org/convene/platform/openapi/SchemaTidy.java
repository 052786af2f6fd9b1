package org.convene.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes the schemas SmallRye derives from Java types read as OpenAPI 3.1 that generators understand: scalar
 * components (UUID, OffsetDateTime: a string with a format) are inlined as {@code {type: string, format: ...}} and
 * dropped from the components; a nullable value is declared once, as {@code type: [..., "null"]}, or as
 * {@code anyOf: [{$ref}, {type: "null"}]} with no sibling {@code type} where it names a component; a property named
 * {@code email} is {@code format: email}; an enum of strings is a string, and lists null if it is nullable.
 */
final class SchemaTidy {

    private final Map<String, Schema> scalars = new LinkedHashMap<>();

    private SchemaTidy(OpenAPI openAPI) {
        OpenApiWalk.components(openAPI).forEach((name, schema) -> {
            if (isScalar(schema)) {
                scalars.put(name, schema);
            }
        });
    }

    static void apply(OpenAPI openAPI) {
        SchemaTidy tidy = new SchemaTidy(openAPI);
        OpenApiWalk.schemas(openAPI, tidy::tidy);
        tidy.scalars.keySet().forEach(openAPI.getComponents()::removeSchema);
    }

    private static boolean isScalar(Schema schema) {
        return schema.getProperties() == null && schema.getEnumeration() == null && schema.getFormat() != null
                && List.of(SchemaType.STRING).equals(schema.getType());
    }

    private void tidy(Schema schema) {
        Schema scalar = scalars.get(OpenApiWalk.componentName(schema));
        if (scalar != null) {
            schema.setRef(null);
            schema.setType(union(schema.getType(), scalar.getType()));
            schema.setFormat(scalar.getFormat());
            schema.setPattern(null);
        }
        collapseNullable(schema);
        enumOfStrings(schema);
        if (schema.getRef() != null) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            Schema email = schema.getProperties().get("email");
            if (email != null && email.getType() != null && email.getType().contains(SchemaType.STRING)
                    && email.getFormat() == null) {
                email.setFormat("email");
            }
        }
    }

    /** {@code anyOf: [X, {type: null}]}: X's keywords with "null" added to its type, unless X is a $ref. */
    private static void collapseNullable(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
            return;
        }
        Schema nullType = anyOf.stream().filter(SchemaTidy::isNullType).findFirst().orElse(null);
        if (nullType == null) {
            return;
        }
        Schema value = anyOf.get(0) == nullType ? anyOf.get(1) : anyOf.get(0);
        if (value.getRef() != null) {
            schema.setType(null);
            return;
        }
        schema.setAnyOf(null);
        List<SchemaType> type = union(value.getType(), List.of(SchemaType.NULL));
        if (schema.getType() != null) {
            type = union(schema.getType(), type);
        }
        schema.setType(type);
        if (value.getFormat() != null) {
            schema.setFormat(value.getFormat());
        }
        if (value.getEnumeration() != null) {
            List<Object> values = new ArrayList<>(value.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        if (value.getItems() != null) {
            schema.setItems(value.getItems());
        }
    }

    /**
     * An enum of strings is a string (SmallRye adds "object" when a String field names an enum class as its
     * implementation); a nullable enum lists null among its values, or null would not validate.
     */
    private static void enumOfStrings(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values == null || !values.stream().allMatch(value -> value == null || value instanceof String)) {
            return;
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(SchemaType.NULL)
                || values.contains(null);
        schema.setType(nullable ? List.of(SchemaType.STRING, SchemaType.NULL) : List.of(SchemaType.STRING));
        if (nullable && !values.contains(null)) {
            List<Object> withNull = new ArrayList<>(values);
            withNull.add(null);
            schema.setEnumeration(withNull);
        }
    }

    private static boolean isNullType(Schema schema) {
        return schema.getRef() == null && List.of(SchemaType.NULL).equals(schema.getType());
    }

    private static List<SchemaType> union(List<SchemaType> first, List<SchemaType> second) {
        List<SchemaType> union = new ArrayList<>(first == null ? List.of() : first);
        for (SchemaType type : second == null ? List.<SchemaType>of() : second) {
            if (!union.contains(type)) {
                union.add(type);
            }
        }
        // "null" last, as people write it
        if (union.remove(SchemaType.NULL)) {
            union.add(SchemaType.NULL);
        }
        return union;
    }
}
