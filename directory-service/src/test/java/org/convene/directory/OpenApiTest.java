package org.convene.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The published OpenAPI document describes every operation: summary, examples, its own error responses. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "directory"))
class OpenApiTest {

    private static final Map<String, Set<String>> ERRORS = Map.ofEntries(
            Map.entry("post /api/v1/cities", Set.of("400", "401", "403", "409")),
            Map.entry("get /api/v1/cities/{id}", Set.of("404")),
            Map.entry("patch /api/v1/cities/{id}", Set.of("400", "401", "403", "404", "409", "412", "428")),
            Map.entry("post /api/v1/organisations", Set.of("400", "401", "403", "409", "422")),
            Map.entry("get /api/v1/organisations/{id}", Set.of("404")),
            Map.entry("post /api/v1/members", Set.of("400", "401", "403", "409", "422")),
            Map.entry("get /api/v1/members", Set.of("400", "401", "403")),
            Map.entry("get /api/v1/members/{id}", Set.of("401", "403", "404")),
            Map.entry("patch /api/v1/members/{id}", Set.of("400", "401", "403", "404", "409", "412", "422", "428")),
            Map.entry("delete /api/v1/members/{id}", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/members/import", Set.of("400", "401", "403")));

    @Test
    void everyOperationHasASummaryExamplesAndItsErrors() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                String name = method.getKey() + " " + path.getKey();
                operations.add(name);
                JsonNode operation = method.getValue();
                assertFalse(operation.path("summary").asText().isBlank(), name + " has a summary");
                if (operation.has("requestBody")) {
                    assertTrue(operation.get("requestBody").toString().contains("\"examples\""),
                            name + " has a request example");
                }
                JsonNode responses = operation.get("responses");
                responses.fields().forEachRemaining(response -> {
                    if (!response.getKey().equals("204")) {
                        assertTrue(response.getValue().has("content"), name + " " + response.getKey() + " has a body");
                    }
                    if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                        assertTrue(response.getValue().toString().contains("\"examples\""),
                                name + " " + response.getKey() + " has an example");
                    }
                });
                for (String status : ERRORS.getOrDefault(name, Set.of())) {
                    assertTrue(responses.has(status), name + " documents " + status);
                }
            }
        }
        assertTrue(operations.containsAll(ERRORS.keySet()), "all operations are published: " + operations);
        assertEquals(13, operations.size(), operations.toString());
    }

    @Test
    void memberOperationsNeedTheOrganiserAndCityAndOrganisationReadsArePublic() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString())
                .get("paths");
        for (String method : List.of("get", "post")) {
            assertFalse(paths.get("/api/v1/members").get(method).path("security").isEmpty(),
                    method + " members is secured");
        }
        assertFalse(paths.get("/api/v1/members/{id}").get("delete").path("security").isEmpty());
        // public operations say so: security: []
        assertTrue(isPublic(paths.get("/api/v1/cities").get("get")), "city list is public");
        assertTrue(isPublic(paths.get("/api/v1/organisations").get("get")), "organisation list is public");
        assertTrue(isPublic(paths.get("/api/v1/organisations/{id}").get("get")));
    }

    private static boolean isPublic(JsonNode operation) {
        return operation.path("security").isArray() && operation.path("security").isEmpty();
    }
}
