package org.convene.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules of the HTTP contract over each OpenAPI document the services' builds wrote, for what the generators would
 * silently get wrong (a 4xx without the problem body, a JSON body without a schema, a nullable declared twice).
 */
class ContractDocumentsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @ParameterizedTest
    @ValueSource(strings = {"directory-service", "registration-service", "notification-service"})
    void theDocumentIsAContractAGeneratorCanUse(String service) throws IOException {
        Path file = Paths.get("").toAbsolutePath().getParent().resolve(service).resolve("target/openapi/openapi.json");
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        List<String> problems = new ArrayList<>();

        assertTrue(doc.path("info").path("license").hasNonNull("identifier"), "info.license.identifier");
        assertFalse(doc.path("servers").isEmpty(), "servers");
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode value = schema.getValue();
            if (!value.has("properties") && !value.has("enum") && value.has("format")) {
                problems.add("scalar component schema " + schema.getKey() + " (inline it)");
            }
        });
        Set<String> usedSchemes = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            String name = method.getKey() + " " + path.getKey();
            JsonNode operation = method.getValue();
            if (!operation.path("security").isArray()) {
                problems.add(name + ": no security (public operations say security: [])");
            }
            operation.path("security")
                    .forEach(requirement -> requirement.fieldNames().forEachRemaining(usedSchemes::add));
            operation.path("parameters").forEach(parameter -> {
                if (parameter.path("name").asText().equals("limit")
                        && !parameter.path("schema").path("type").asText().equals("integer")) {
                    problems.add(name + ": limit is not an integer");
                }
            });
            JsonNode patch = operation.path("requestBody").path("content").path("application/merge-patch+json");
            if (!patch.isMissingNode() && !patch.path("schema").has("$ref")) {
                problems.add(name + ": the merge patch body names no schema");
            }
            operation.path("responses").fields().forEachRemaining(response -> responseRules(name + " "
                    + response.getKey(), response.getKey(), response.getValue(), problems));
        }));
        Set<String> declaredSchemes = new HashSet<>();
        doc.path("components").path("securitySchemes").fieldNames().forEachRemaining(declaredSchemes::add);
        assertEquals(declaredSchemes, usedSchemes, "every security scheme is used, every one used is declared");
        schemaRules("#", doc, problems);
        assertEquals(List.of(), problems, service);
    }

    private static void responseRules(String name, String status, JsonNode response, List<String> problems) {
        JsonNode content = response.path("content");
        if (status.startsWith("4") || status.startsWith("5")) {
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            if (!types.equals(List.of("application/problem+json"))
                    || !content.path("application/problem+json").path("schema").path("$ref").asText()
                            .equals("#/components/schemas/Problem")) {
                problems.add(name + ": not a Problem as application/problem+json");
            }
        }
        if (status.startsWith("2")) {
            content.fields().forEachRemaining(media -> {
                JsonNode schema = media.getValue().path("schema");
                boolean json = media.getKey().equals("application/json") || media.getKey().endsWith("+json");
                if (schema.isMissingNode()) {
                    problems.add(name + " " + media.getKey() + ": no schema");
                } else if (!json && !schema.path("format").asText().equals("binary")) {
                    problems.add(name + " " + media.getKey() + ": not binary");
                }
            });
        }
        requireHeader(name, status, "201", "Location", response, problems);
        requireHeader(name, status, "429", "Retry-After", response, problems);
        requireHeader(name, status, "503", "Retry-After", response, problems);
    }

    private static void requireHeader(String name, String status, String when, String header, JsonNode response,
            List<String> problems) {
        if (status.equals(when) && !response.path("headers").has(header)) {
            problems.add(name + ": no " + header + " header");
        }
    }

    /** Every schema: no $ref beside a type, a nullable declared once, an enum of a nullable lists null. */
    private static void schemaRules(String at, JsonNode node, List<String> problems) {
        if (node.isObject()) {
            if (node.has("$ref") && node.has("type")) {
                problems.add(at + ": $ref beside type");
            }
            if (node.has("anyOf") && node.has("type")) {
                problems.add(at + ": anyOf beside type (nullable declared twice?)");
            }
            JsonNode type = node.path("type");
            if (type.isArray() && type.toString().contains("\"null\"") && node.has("enum")
                    && !node.path("enum").toString().contains("null")) {
                problems.add(at + ": a nullable enum without null");
            }
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                    schemaRules(at + "/" + field.getKey(), field.getValue(), problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                schemaRules(at + "/" + i, node.get(i), problems);
            }
        }
    }
}
