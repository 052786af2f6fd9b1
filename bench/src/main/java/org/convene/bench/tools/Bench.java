package org.convene.bench.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every benchmark and drill needs: where the services are, an organiser token, small HTTP and JSON helpers, the
 * databases (read-only checks, and SQL seeding where the brief allows it). Only loopback addresses are ever used.
 */
public final class Bench {

    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static final String DIRECTORY = env("BENCH_DIRECTORY_URL", "http://127.0.0.1:8081");
    public static final String REGISTRATION = env("BENCH_REGISTRATION_URL", "http://127.0.0.1:8082");
    public static final String NOTIFICATION = env("BENCH_NOTIFICATION_URL", "http://127.0.0.1:8083");
    public static final String PORTAL = env("BENCH_PORTAL_URL", "http://127.0.0.1:8080");

    /** The management interface (/q/health, /q/metrics) of a service's base URL: ./convene puts it at port + 1000. */
    public static String management(String baseUrl) {
        java.net.URI uri = java.net.URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() + 1000);
    }
    public static final String KAFKA = env("BENCH_KAFKA", "127.0.0.1:9092");
    public static final String PG_HOST = env("CONVENE_PG_HOST", "127.0.0.1");
    public static final String PG_PORT = env("CONVENE_PG_PORT", "5432");
    public static final String PG_USER = env("CONVENE_PG_USER", "postgres");
    public static final String PG_PASSWORD = env("CONVENE_PG_PASSWORD", "");
    public static final String IMAP_HOST = "127.0.0.1";
    public static final int IMAP_PORT = Integer.parseInt(env("BENCH_IMAP_PORT", "3143"));
    public static final String REGISTRATIONS_TOPIC = "registration.registrations.v1";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static volatile String token;

    private Bench() {
    }

    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    public static int envInt(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }

    /** The repository root: BENCH_ROOT, else the first parent of the working directory holding {@code convene}. */
    public static Path root() {
        String configured = env("BENCH_ROOT", null);
        if (configured != null) {
            return Paths.get(configured).toAbsolutePath();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("convene")) && Files.isDirectory(dir.resolve("registration-service"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (set BENCH_ROOT)");
    }

    /** The organiser JWT: CONVENE_TOKEN, else {@code ./convene token}. */
    public static String token() {
        if (token == null) {
            synchronized (Bench.class) {
                if (token == null) {
                    String fromEnv = env("CONVENE_TOKEN", null);
                    token = fromEnv != null ? fromEnv.trim() : runConveneToken();
                }
            }
        }
        return token;
    }

    private static String runConveneToken() {
        try {
            Path root = root();
            Process process = new ProcessBuilder(root.resolve("convene").toString(), "token").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0 || out.isEmpty()) {
                throw new IllegalStateException("./convene token failed");
            }
            String[] lines = out.split("\n");
            return lines[lines.length - 1].trim();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./convene token", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public static Response call(String method, String url, Object body, boolean organiser, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
            if (headers == null || !headers.containsKey("Accept")) {
                request.header("Accept", "application/json");
            }
            if (organiser) {
                request.header("Authorization", "Bearer " + token());
            }
            if (headers != null) {
                headers.forEach(request::header);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                if (headers == null || !headers.containsKey("Content-Type")) {
                    request.header("Content-Type", "application/json");
                }
                request.method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            return new Response(0, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(0, e.toString(), null);
        }
    }

    public static JsonNode expect(Response response, String what, int... statuses) {
        for (int status : statuses) {
            if (response.status() == status) {
                return response.body() == null || response.body().isBlank() ? null : response.json();
            }
        }
        throw new IllegalStateException(what + " answered " + response.status() + ": " + response.body());
    }

    /** A city of the directory: the first one listed, else a new one. */
    public static UUID hostCity() {
        JsonNode list = expect(call("GET", DIRECTORY + "/api/v1/cities?limit=1", null, false, null), "GET /cities",
                200);
        if (list.path("items").size() > 0) {
            return UUID.fromString(list.path("items").get(0).path("id").asText());
        }
        Map<String, Object> city = new LinkedHashMap<>();
        city.put("name", "Benchpur");
        city.put("countryCode", "IN");
        city.put("region", "South Asia");
        Response created = call("POST", DIRECTORY + "/api/v1/cities", city, true, null);
        if (created.status() == 409) {
            JsonNode found = expect(call("GET", DIRECTORY + "/api/v1/cities?q=Benchpur", null, false, null),
                    "GET /cities?q=Benchpur", 200);
            return UUID.fromString(found.path("items").get(0).path("id").asText());
        }
        return UUID.fromString(expect(created, "POST /cities", 201).path("id").asText());
    }

    /**
     * Creates and publishes a workshop, starting in 30 days (Asia/Kolkata). The registration service knows cities
     * from Kafka, so a 422 for a city it has not seen yet is retried for a while.
     */
    public static UUID createWorkshop(String title, int capacity, boolean waitlist) {
        return createWorkshop(title, capacity, waitlist, Map.of());
    }

    /** {@link #createWorkshop(String, int, boolean)} with more fields (questions, seatAllocation, admission). */
    public static UUID createWorkshop(String title, int capacity, boolean waitlist, Map<String, Object> more) {
        UUID city = hostCity();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHoursMinutes(5, 30)).plusDays(30).withHour(9)
                .withMinute(30).withSecond(0).withNano(0);
        ObjectNode body = JSON.createObjectNode();
        body.put("title", title);
        body.put("description", "Benchmark workshop created by bench/ (safe to ignore).");
        body.put("hostCityId", city.toString());
        body.put("venue", "Town Hall, Kolkata");
        body.put("timezone", "Asia/Kolkata");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusDays(1).withHour(17).withMinute(0).toString());
        body.put("capacity", capacity);
        body.put("waitlistEnabled", waitlist);
        more.forEach((field, value) -> body.set(field, JSON.valueToTree(value)));
        Response created = null;
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            created = call("POST", REGISTRATION + "/api/v1/workshops", body, true, null);
            if (created.status() != 422 && created.status() != 0 && created.status() < 500) {
                break;
            }
            sleep(500);
        }
        UUID id = UUID.fromString(expect(created, "POST /workshops", 201).path("id").asText());
        expect(call("POST", REGISTRATION + "/api/v1/workshops/" + id + "/publish", null, true, null),
                "POST /workshops/" + id + "/publish", 200);
        return id;
    }

    public static Connection db(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database, PG_USER,
                PG_PASSWORD);
    }

    /** Capacity and counters from the workshop row, and the registration rows counted by status. */
    public static Map<String, Object> overbookingCheck(UUID workshop) throws SQLException {
        Map<String, Object> check = new LinkedHashMap<>();
        try (Connection connection = db("convene_registration");
                var statement = connection.prepareStatement("select w.capacity, w.confirmed_count, w.waitlist_count,"
                        + " (select count(*) from registration r where r.workshop_id = w.id and r.status = 'CONFIRMED'),"
                        + " (select count(*) from registration r where r.workshop_id = w.id and r.status = 'WAITLISTED'),"
                        + " (select count(*) from registration r where r.workshop_id = w.id)"
                        + " from workshop w where w.id = ?")) {
            statement.setObject(1, workshop);
            try (var rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("workshop " + workshop + " not in convene_registration");
                }
                int capacity = rs.getInt(1);
                long confirmedRows = rs.getLong(4);
                check.put("capacity", capacity);
                check.put("confirmedCounter", rs.getInt(2));
                check.put("waitlistCounter", rs.getInt(3));
                check.put("confirmedRows", confirmedRows);
                check.put("waitlistedRows", rs.getLong(5));
                check.put("registrationRows", rs.getLong(6));
                check.put("overbooked", confirmedRows > capacity || rs.getInt(2) > capacity);
                check.put("countersMatchRows", confirmedRows == rs.getInt(2) && rs.getLong(5) == rs.getInt(3));
            }
        }
        return check;
    }

    /** {@code count} cities of the directory named {@code prefix 1..count} (created once, found again after). */
    public static List<UUID> cities(String prefix, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = prefix + " " + i;
            Map<String, Object> city = new LinkedHashMap<>();
            city.put("name", name);
            city.put("countryCode", "IN");
            city.put("region", "South Asia");
            Response created = call("POST", DIRECTORY + "/api/v1/cities", city, true, null);
            if (created.status() == 409) {
                JsonNode found = expect(call("GET", DIRECTORY + "/api/v1/cities?q="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8), null, false, null),
                        "GET /cities?q=" + name, 200);
                ids.add(UUID.fromString(found.path("items").get(0).path("id").asText()));
            } else {
                ids.add(UUID.fromString(expect(created, "POST /cities", 201).path("id").asText()));
            }
        }
        return ids;
    }

    /** Per allocation group: its limit, its counter and its CONFIRMED rows; how many are over their limit. */
    public static Map<String, Object> groupOverbookingCheck(UUID workshop) throws SQLException {
        Map<String, Object> check = new LinkedHashMap<>();
        int groups = 0;
        int overbooked = 0;
        boolean countersMatch = true;
        try (Connection connection = db("convene_registration");
                var statement = connection.prepareStatement("select g.seat_limit, g.confirmed_count, (select count(*)"
                        + " from registration r where r.workshop_id = g.workshop_id and r.seat_group = g.group_key"
                        + " and r.status = 'CONFIRMED') from seat_group g where g.workshop_id = ?")) {
            statement.setObject(1, workshop);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    groups++;
                    long rows = rs.getLong(3);
                    if (rows > rs.getInt(1) || rs.getInt(2) > rs.getInt(1)) {
                        overbooked++;
                    }
                    countersMatch &= rows == rs.getInt(2);
                }
            }
        }
        check.put("groups", groups);
        check.put("overbookedGroups", overbooked);
        check.put("countersMatchRows", countersMatch);
        return check;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void writeJson(Path file, Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    /** Where a benchmark writes its machine-readable result: BENCH_OUT, else bench/target/results. */
    public static Path outDir() {
        return Paths.get(env("BENCH_OUT", root().resolve("bench/target/results").toString()));
    }
}
