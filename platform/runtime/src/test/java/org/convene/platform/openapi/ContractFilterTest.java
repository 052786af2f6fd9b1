package org.convene.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.convene.platform.Roles;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/** The filter on a document shaped like what SmallRye derives from our resources, before and after. */
class ContractFilterTest {

    private static final String REF = "#/components/schemas/";

    @Test
    void turnsWhatSmallRyeDerivesIntoAContractAGeneratorCanUse() {
        OpenAPI openAPI = document();
        new ContractFilter().filterOpenAPI(openAPI);
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();

        assertFalse(schemas.containsKey("UUID"), "scalar components are inlined and dropped");
        assertFalse(schemas.containsKey("OffsetDateTime"));
        Schema id = schemas.get("Thing").getProperties().get("id");
        assertNull(id.getRef());
        assertEquals(List.of(SchemaType.STRING), id.getType());
        assertEquals("uuid", id.getFormat());
        Schema at = schemas.get("Thing").getProperties().get("at");
        assertNull(at.getAnyOf(), "nullable declared once");
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), at.getType());
        assertEquals("date-time", at.getFormat());
        assertEquals("email", schemas.get("Thing").getProperties().get("email").getFormat());
        Schema kind = schemas.get("Thing").getProperties().get("kind");
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), kind.getType(), "an enum of strings is a string");
        assertEquals(Arrays.asList("A", "B", null), kind.getEnumeration(), "a nullable enum lists null");

        Schema patch = schemas.get("ThingPatch");
        assertNull(patch.getRequired());
        assertEquals(List.of(SchemaType.STRING), patch.getProperties().get("name").getType(),
                "a field required on create cannot be cleared");
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), patch.getProperties().get("note").getType());
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), patch.getProperties().get("cityId").getType());
        assertEquals("uuid", patch.getProperties().get("cityId").getFormat());
        Operation patchOperation = openAPI.getPaths().getPathItem("/things/{id}").getPATCH();
        assertEquals(REF + "ThingPatch", patchOperation.getRequestBody().getContent().getMediaType("application/json")
                .getSchema().getRef(), "every media type of a merge patch body names the patch schema");

        Operation create = openAPI.getPaths().getPathItem("/things").getPOST();
        APIResponse created = create.getResponses().getAPIResponse("201");
        assertTrue(created.getHeaders().containsKey("Location"));
        for (String status : List.of("400", "401", "403", "413", "422", "500", "503")) {
            APIResponse response = create.getResponses().getAPIResponse(status);
            assertEquals(List.of("application/problem+json"),
                    List.copyOf(response.getContent().getMediaTypes().keySet()), status);
            assertEquals(REF + "Problem", response.getContent().getMediaType("application/problem+json").getSchema()
                    .getRef(), status);
        }
        assertTrue(create.getResponses().getAPIResponse("503").getHeaders().containsKey("Retry-After"));
        assertTrue(create.getResponses().getAPIResponse("201").getHeaders().containsKey("Idempotent-Replayed"));

        Operation list = openAPI.getPaths().getPathItem("/things").getGET();
        assertEquals(List.of(), list.getSecurity(), "a public operation says security: []");
        Parameter limit = list.getParameters().get(0);
        assertEquals(List.of(SchemaType.INTEGER), limit.getSchema().getType());
        assertEquals("uuid", list.getParameters().get(1).getSchema().getFormat());
        Schema csv = list.getResponses().getAPIResponse("200").getContent().getMediaType("text/csv").getSchema();
        assertEquals("binary", csv.getFormat(), "a CSV is bytes to a client, not a JSON string");

        assertEquals(List.of(Roles.SECURITY_SCHEME),
                List.copyOf(openAPI.getComponents().getSecuritySchemes().keySet()), "unused schemes are dropped");
        assertEquals("Apache-2.0", openAPI.getInfo().getLicense().getIdentifier());
    }

    private static OpenAPI document() {
        Schema uuid = OASFactory.createSchema().addType(SchemaType.STRING).format("uuid");
        Schema dateTime = OASFactory.createSchema().addType(SchemaType.STRING).format("date-time");
        Schema thing = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("id", OASFactory.createSchema().addType(SchemaType.STRING).ref(REF + "UUID"))
                .addProperty("at", OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL))
                        .anyOf(List.of(OASFactory.createSchema().ref(REF + "OffsetDateTime"),
                                OASFactory.createSchema().addType(SchemaType.NULL))))
                .addProperty("email", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("kind", OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.OBJECT,
                        SchemaType.NULL)).enumeration(List.of("A", "B")));
        Schema request = OASFactory.createSchema().addType(SchemaType.OBJECT).required(List.of("name"))
                .addProperty("name", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("note", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("cityId", OASFactory.createSchema().ref(REF + "UUID"));
        Schema problem = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER));

        Operation create = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme(Roles.SECURITY_SCHEME)))
                .addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)))
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType(
                        "application/json", OASFactory.createMediaType().schema(OASFactory.createSchema()
                                .ref(REF + "ThingRequest")))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created"))
                        .addAPIResponse("422", OASFactory.createAPIResponse().description("Unprocessable")
                                .content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType()))));
        Operation list = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY)
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)))
                .addParameter(OASFactory.createParameter().name("cityId").in(Parameter.In.QUERY)
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("CSV").content(OASFactory.createContent().addMediaType("text/csv",
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .addType(SchemaType.STRING))))));
        Operation patch = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme(Roles.SECURITY_SCHEME)))
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/merge-patch+json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(REF + "ThingPatch")))
                        .addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().addType(SchemaType.OBJECT)))))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("Changed")));
        return OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("t").version("1")
                        .license(OASFactory.createLicense().name("Apache-2.0")))
                .components(OASFactory.createComponents().addSchema("UUID", uuid).addSchema("OffsetDateTime", dateTime)
                        .addSchema("Thing", thing).addSchema("ThingRequest", request).addSchema("Problem", problem)
                        .addSecurityScheme("SecurityScheme", OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .paths(OASFactory.createPaths()
                        .addPathItem("/things", OASFactory.createPathItem().POST(create).GET(list))
                        .addPathItem("/things/{id}", OASFactory.createPathItem().PATCH(patch)));
    }
}
