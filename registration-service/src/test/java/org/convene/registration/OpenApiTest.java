package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The OpenAPI document shows every operation with a summary, examples and its own error responses. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class OpenApiTest {

    /** operation → the specific error statuses it must document. */
    private static final Map<String, Set<String>> ERRORS = Map.ofEntries(
            Map.entry("post /api/v1/workshops", Set.of("400", "401", "403", "422")),
            Map.entry("get /api/v1/workshops", Set.of("400")),
            Map.entry("get /api/v1/workshops/{id}", Set.of("404")),
            Map.entry("patch /api/v1/workshops/{id}", Set.of("400", "404", "412", "422", "428")),
            Map.entry("post /api/v1/workshops/{id}/publish", Set.of("404", "422")),
            Map.entry("post /api/v1/workshops/{id}/cancel", Set.of("404")),
            Map.entry("post /api/v1/workshops/{workshopId}/registrations", Set.of("400", "403", "404", "409", "422")),
            Map.entry("get /api/v1/workshops/{workshopId}/registrations", Set.of("401", "403", "404")),
            Map.entry("get /api/v1/workshops/{workshopId}/roster", Set.of("401", "403", "404", "406")),
            Map.entry("get /api/v1/workshops/{workshopId}/calendar.ics", Set.of("404")),
            Map.entry("get /api/v1/registrations/{id}", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/registrations/{id}/cancel", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/registrations/{id}/check-in", Set.of("401", "403", "404", "422")),
            Map.entry("delete /api/v1/registrations/{id}/check-in", Set.of("401", "403", "404", "422")),
            Map.entry("post /api/v1/registrations/{id}/approve", Set.of("401", "403", "404", "422")),
            Map.entry("post /api/v1/registrations/{id}/reject", Set.of("400", "401", "403", "404", "422")),
            Map.entry("get /api/v1/workshops/{id}/seats", Set.of("404")),
            Map.entry("patch /api/v1/registrations/{id}", Set.of("400", "401", "403", "404", "412", "422", "428")),
            Map.entry("post /api/v1/registrations/{id}/transfer", Set.of("400", "401", "403", "404", "409", "422")),
            Map.entry("get /api/v1/workshops/{id}/participants", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/workshops/{workshopId}/invitations", Set.of("400", "401", "403", "404")),
            Map.entry("get /api/v1/workshops/{workshopId}/invitations", Set.of("401", "403", "404")),
            Map.entry("get /api/v1/invitations/{id}", Set.of("401", "403", "404", "410")),
            Map.entry("post /api/v1/invitations/{id}/accept",
                    Set.of("400", "401", "403", "404", "409", "410", "422", "503")),
            Map.entry("post /api/v1/invitations/{id}/decline", Set.of("400", "401", "403", "404", "410", "422")),
            Map.entry("post /api/v1/invitations/{id}/revoke", Set.of("401", "403", "404", "422")));

    @Test
    void everyOperationIsDocumented() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asByteArray());
        List<String> seen = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String name = operation.getKey() + " " + path.getKey();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    continue;
                }
                seen.add(name);
                JsonNode op = operation.getValue();
                assertTrue(op.hasNonNull("summary"), name + " has a summary");
                Set<String> expected = ERRORS.get(name);
                assertTrue(expected != null, "unexpected operation " + name);
                for (String status : expected) {
                    assertTrue(op.get("responses").has(status), name + " documents " + status);
                }
                boolean hasExample = op.get("responses").toString().contains("\"example")
                        || op.get("responses").toString().contains("\"examples\"");
                assertTrue(hasExample, name + " has response examples");
            }
        }
        assertEquals(ERRORS.keySet().stream().sorted().toList(), seen.stream().sorted().toList());
    }
}
