package org.convene.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Attacks every operation of each service's OpenAPI document: malformed JSON, wrong types, missing and unknown fields,
 * huge, empty and NUL-laden strings, unicode edge cases, SQL and script fragments, junk ids, dates and query values,
 * with no token, a forged token, a Keycloak token without the organiser role and an organiser's from Keycloak. Every
 * answer must be below 500, every error a problem+json that leaks nothing internal, and the requests that must be
 * refused change nothing in any database.
 */
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |org\\.hibernate|org\\.postgresql|SQLState|java\\.lang|io\\.quarkus|jakarta\\.|PSQL|"
                    + "org\\.convene|duplicate key|violates|syntax error");
    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> JUNK_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            UUID.randomUUID().toString(), "%27%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd", "9".repeat(300));
    private static final List<String> JUNK_QUERY_VALUES = List.of("-1", "abc", "99999999999999999999", "%00",
            "' OR 1=1 --", "<script>alert(1)</script>", HUGE.substring(0, 5_000), "2026-13-45T99:99:99Z");
    private static final List<String> HOSTILE_STRINGS = List.of("'; drop table city; --", "<script>alert(1)</script>",
            "\u202Eevil\u200B", "🙂🙃", "a\u0000b", "", " ", HUGE, "Robert'); DELETE FROM member;--", "${jndi:ldap://x}");

    private final ConveneSystem system = ConveneSystem.get();
    private final List<String> failures = new ArrayList<>();
    private String attendee;
    private String attendeePassword;
    private String attendeeToken;
    private long attendeeTokenExpires;
    private int requests;
    private int operations;

    @Test
    void everyOperationRefusesHostileInputCleanlyAndChangesNothing() throws Exception {
        assertTheTokensAreWhatTheyClaim();
        Map<String, String> before = DatabaseFingerprint.settled(system, Duration.ofSeconds(60));
        List<Operation> all = new ArrayList<>();
        for (ServiceProcess service : List.of(system.directory, system.registration, system.notification)) {
            all.addAll(operationsOf(service));
        }
        operations = all.size();
        for (Operation operation : all) {
            attackWithRefusals(operation);
        }
        Map<String, String> after = DatabaseFingerprint.of(system);
        List<String> changed = new ArrayList<>();
        before.forEach((table, digest) -> {
            if (!digest.equals(after.get(table))) {
                changed.add(table);
            }
        });
        after.keySet().stream().filter(table -> !before.containsKey(table)).forEach(changed::add);

        int refusalRequests = requests;
        for (Operation operation : all) {
            attackWithHostileValues(operation);
        }
        System.out.printf("hostile-input: %d requests over %d operations of 3 services (%d that must be refused)%n",
                requests, operations, refusalRequests);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n",
                failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(List.of(), changed, "refused requests changed these tables");
    }

    /** Requests that no service may accept: the databases must not change. */
    private void attackWithRefusals(Operation op) throws Exception {
        String validBody = op.bodySchema == null ? null : JSON.writeValueAsString(validShaped(op.bodySchema, 0));
        if (op.pathParams.isEmpty()) {
            // a well-formed request without the organiser role: refused where the operation is the organiser's
            for (String token : tokens().subList(0, 4)) {
                send(op, op.path(""), validBody, "application/json", token, !op.isRead() && op.secured);
            }
        } else {
            for (String id : JUNK_IDS) {
                for (String token : tokens()) {
                    send(op, op.path(id), validBody, "application/json", token, !op.isRead());
                }
            }
        }
        String path = op.path(UUID.randomUUID().toString());
        if (op.bodySchema != null) {
            List<String> bodies = new ArrayList<>(List.of("", "{", "{\"a\":", "null", "[]", "\"text\"", "12", "{}",
                    "{\"unexpected\": true}"));
            bodies.addAll(wrongTypeBodies(op.bodySchema));
            bodies.addAll(badStringBodies(op.bodySchema));
            for (String body : bodies) {
                for (String token : tokens()) {
                    send(op, path, body, "application/json", token, true);
                }
            }
            send(op, path, validBody, "text/plain", organiser(), true);
            send(op, path, "{\"padding\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}", "application/json",
                    organiser(), true);
        }
        for (String parameter : op.queryParams) {
            for (String value : JUNK_QUERY_VALUES) {
                String separator = path.contains("?") ? "&" : "?";
                String url = path + separator + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                boolean refusedAnyway = !op.isRead() && (!op.pathParams.isEmpty() || "token".equals(parameter));
                send(op, url, validBody, "application/json", organiser(), refusedAnyway);
                send(op, url, validBody, "application/json", null, refusedAnyway || !op.isRead() && op.secured);
            }
        }
    }

    /** Well-shaped bodies whose strings are hostile: they may be accepted as data, but never break anything. */
    private void attackWithHostileValues(Operation op) throws Exception {
        if (op.bodySchema == null) {
            return;
        }
        for (String hostile : HOSTILE_STRINGS) {
            JsonNode body = validShaped(op.bodySchema, 0);
            if (body instanceof ObjectNode object) {
                for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    if (object.get(name).isTextual() && !isFormatted(op.bodySchema, name)) {
                        object.put(name, hostile);
                    }
                }
            }
            send(op, op.path(UUID.randomUUID().toString()), JSON.writeValueAsString(body), "application/json",
                    organiser(), false);
        }
    }

    /**
     * No token, a malformed one, one with Keycloak's issuer and the organiser role signed by another key, a real
     * Keycloak token of a user without the organiser role, and an organiser's.
     */
    private List<String> tokens() throws Exception {
        List<String> tokens = new ArrayList<>();
        tokens.add(null);
        tokens.add("abc.def.ghi");
        tokens.add(TestTokens.signedByStranger(system.keycloak.issuer()));
        tokens.add(notOrganiser());
        tokens.add(organiser());
        return tokens;
    }

    private String organiser() {
        return system.keycloak.organiserToken();
    }

    /**
     * A Keycloak user with the realm's default roles only (not organiser), signed in by password through a client
     * this test makes (the realm's own clients allow no password grant). Made once per test, signed in again when
     * its token is about to expire (the refusals must be for the missing role, never for an expired token).
     */
    private String notOrganiser() throws Exception {
        if (attendee == null) {
            attendee = "attendee-" + UUID.randomUUID().toString().substring(0, 8);
            attendeePassword = UUID.randomUUID().toString();
            system.keycloak.createUser(attendee, attendeePassword);
        }
        if (attendeeToken == null || System.currentTimeMillis() / 1000 > attendeeTokenExpires - 60) {
            attendeeToken = system.keycloak.passwordToken(attendee, attendeePassword);
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(attendeeToken.split("\\.")[1]));
            assertFalse(claims.path("groups").toString().contains("\"organiser\""), claims.toString());
            attendeeTokenExpires = claims.path("exp").asLong();
        }
        return attendeeToken;
    }

    /**
     * The two tokens that are refused for what they carry, not their form: the services take the attendee's for a
     * real caller without the role (403, not 401), and the stranger's for no caller at all (401).
     */
    private void assertTheTokensAreWhatTheyClaim() throws Exception {
        String city = JSON.writeValueAsString(Map.of("name", "Hostile " + UUID.randomUUID(), "countryCode", "IN",
                "region", "South Asia"));
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(notOrganiser(), 403);
        expected.put(TestTokens.signedByStranger(system.keycloak.issuer()), 401);
        for (Map.Entry<String, Integer> token : expected.entrySet()) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(system.directory.baseUrl()
                    + "/api/v1/cities")).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token.getKey())
                    .POST(HttpRequest.BodyPublishers.ofString(city)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(token.getValue(), response.statusCode(), "POST /api/v1/cities: " + response.body());
        }
    }

    private void send(Operation op, String pathAndQuery, String body, String contentType, String token,
            boolean mustBeRefused) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(op.service.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(op.method, publisher);
        requests++;
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String where = op.method + " " + op.service.name + pathAndQuery.substring(0, Math.min(120,
                pathAndQuery.length())) + " body=" + (body == null ? "-" : body.substring(0, Math.min(80,
                        body.length()))) + " token=" + (token != null) + " → " + status;
        if (status >= 500) {
            failures.add(where + " " + response.body());
            return;
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + " is not problem+json: " + type);
            } else {
                JsonNode problem = JSON.readTree(response.body());
                if (problem.path("status").asInt() != status || !problem.hasNonNull("title")) {
                    failures.add(where + " malformed problem " + response.body());
                }
            }
            if (LEAK.matcher(response.body()).find()) {
                failures.add(where + " leaks internals: " + response.body());
            }
        } else if (mustBeRefused) {
            failures.add(where + " was accepted");
        }
    }

    private List<Operation> operationsOf(ServiceProcess service) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl()
                + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "OpenAPI of " + service.name);
        JsonNode document = JSON.readTree(response.body());
        List<Operation> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("path".equals(parameter.path("in").asText())) {
                        pathParams.add(parameter.path("name").asText());
                    } else if ("query".equals(parameter.path("in").asText())) {
                        queryParams.add(parameter.path("name").asText());
                    }
                }
                JsonNode bodySchema = null;
                JsonNode content = operation.path("requestBody").path("content");
                if (content.has("application/json")) {
                    bodySchema = resolve(document, content.path("application/json").path("schema"));
                } else if (content.has("application/merge-patch+json")) {
                    bodySchema = resolve(document, content.path("application/merge-patch+json").path("schema"));
                }
                boolean secured = operation.has("security") && operation.get("security").size() > 0;
                result.add(new Operation(service, method.toUpperCase(), path.getKey(), pathParams, queryParams,
                        bodySchema == null ? null : inline(document, bodySchema, 0), secured));
            }
        }
        return result;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            return target;
        }
        return schema;
    }

    /** The schema with every $ref replaced by what it points at (to a small depth). */
    private static JsonNode inline(JsonNode document, JsonNode schema, int depth) {
        JsonNode resolved = resolve(document, schema).deepCopy();
        if (depth < 4 && resolved instanceof ObjectNode object && object.has("properties")) {
            ObjectNode properties = (ObjectNode) object.get("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
                String name = names.next();
                properties.set(name, inline(document, properties.get(name), depth + 1));
            }
        }
        return resolved;
    }

    private static boolean isFormatted(JsonNode schema, String property) {
        JsonNode p = schema.path("properties").path(property);
        return p.has("format") || p.has("enum") || p.has("pattern");
    }

    private static JsonNode validShaped(JsonNode schema, int depth) {
        String type = schema.path("type").asText("object");
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (type) {
            case "string":
                return JSON.getNodeFactory().textNode(sampleString(schema));
            case "integer":
            case "number":
                return JSON.getNodeFactory().numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "boolean":
                return JSON.getNodeFactory().booleanNode(true);
            case "array":
                return JSON.createArrayNode();
            default:
                ObjectNode object = JSON.createObjectNode();
                if (depth < 3) {
                    for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
                            .hasNext();) {
                        Map.Entry<String, JsonNode> property = properties.next();
                        if (!property.getValue().path("readOnly").asBoolean(false)) {
                            object.set(property.getKey(), validShaped(property.getValue(), depth + 1));
                        }
                    }
                }
                return object;
        }
    }

    private static String sampleString(JsonNode schema) {
        return switch (schema.path("format").asText("")) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date-time" -> OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString();
            case "date" -> "2027-01-15";
            case "email" -> "hostile." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            default -> "Sample";
        };
    }

    private static List<String> wrongTypeBodies(JsonNode schema) throws Exception {
        List<String> bodies = new ArrayList<>();
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
                .hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            String type = property.getValue().path("type").asText("object");
            wrong.put(property.getKey(), switch (type) {
                case "string" -> JSON.getNodeFactory().numberNode(123);
                case "integer", "number" -> JSON.getNodeFactory().textNode("abc");
                case "boolean" -> JSON.getNodeFactory().textNode("yes");
                case "array" -> JSON.createObjectNode();
                default -> JSON.getNodeFactory().textNode("x");
            });
        }
        for (Map.Entry<String, JsonNode> entry : wrong.entrySet()) {
            ObjectNode body = (ObjectNode) validShaped(schema, 0);
            body.set(entry.getKey(), entry.getValue());
            bodies.add(JSON.writeValueAsString(body));
        }
        ObjectNode extra = (ObjectNode) validShaped(schema, 0);
        extra.put("status", "CONFIRMED").put("confirmedCount", 999).put("id", UUID.randomUUID().toString());
        bodies.add(JSON.writeValueAsString(extra));
        return bodies;
    }

    /** Every formatted string junk, every string NUL-laden or over-long. */
    private static List<String> badStringBodies(JsonNode schema) throws Exception {
        List<String> bodies = new ArrayList<>();
        ObjectNode junkFormats = (ObjectNode) validShaped(schema, 0);
        boolean anyFormatted = false;
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
                .hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            String format = property.getValue().path("format").asText("");
            if (!format.isEmpty() && "string".equals(property.getValue().path("type").asText())) {
                junkFormats.put(property.getKey(), "date-time".equals(format) ? "2026-13-45T99:99:99Z" : "junk");
                anyFormatted = true;
            }
        }
        if (anyFormatted) {
            bodies.add(JSON.writeValueAsString(junkFormats));
        }
        for (String bad : List.of("a\u0000b", HUGE)) {
            ObjectNode body = (ObjectNode) validShaped(schema, 0);
            boolean any = false;
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
                    .hasNext();) {
                Map.Entry<String, JsonNode> property = properties.next();
                if ("string".equals(property.getValue().path("type").asText())
                        && !property.getValue().has("enum")) {
                    body.put(property.getKey(), bad);
                    any = true;
                }
            }
            if (any) {
                bodies.add(JSON.writeValueAsString(body));
            }
        }
        return bodies;
    }

    private record Operation(ServiceProcess service, String method, String template, List<String> pathParams,
            List<String> queryParams, JsonNode bodySchema, boolean secured) {

        String path(String id) {
            String path = template;
            for (String parameter : pathParams) {
                path = path.replace("{" + parameter + "}", id);
            }
            return path;
        }

        boolean isRead() {
            return "GET".equals(method);
        }
    }
}
