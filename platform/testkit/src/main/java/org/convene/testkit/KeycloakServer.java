package org.convene.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak ({@code org.keycloak:keycloak-quarkus-dist}) as a process, with the realm of
 * {@code deploy/keycloak/convene-realm.json}: the identity provider the organisers' tokens come from.
 *
 * <p>The distribution is the zip that the test module's build copies into its {@code target/} (system property
 * {@code convene.keycloak.dist}). It is unpacked once beside the zip ({@code target/keycloak-<version>}, the cache)
 * and reused while it is there. Nothing runs in the cache itself: each instance runs in a home of its own,
 * {@code target/keycloak-<version>-runs/<port>}, made of hard links to the cache's files (copies where links cannot
 * be made) with its own {@code lib/quarkus} and its own store ({@code data/}: the dev file store of
 * {@code start-dev}), so test runs of one module may run side by side. Keycloak's first start augments the
 * distribution for its options (about 20 s, only {@code lib/quarkus} changes); that result is copied back into the
 * cache, so the later starts skip it. Every instance imports the realm afresh, with secrets and the demo organiser's
 * password made at random for it. It listens on {@code 127.0.0.1} only, with a bounded heap; its output goes to
 * {@code target/keycloak-<port>.log} of the working directory. {@link #stop()} removes its home.
 *
 * <p>{@link #start()} launches the process and returns; {@link #awaitReady(Duration)} waits until the realm answers.
 * The realm's clients allow no password grant, so {@link #createUser} and {@link #passwordToken} shape the realm
 * through the admin REST API (the bootstrap admin of the master realm), for tests only.
 */
public final class KeycloakServer implements AutoCloseable {

    /** The realm of convene-realm.json. */
    public static final String REALM = "convene";
    /** The demo organiser of the realm file; its password is {@link #organiserPassword()}. */
    public static final String ORGANISER = "organiser";
    /** The organiser console's confidential client (authorization code). */
    public static final String PORTAL_CLIENT = "convene-portal";
    /** The scripts' confidential client (client credentials; its service account is an organiser). */
    public static final String CLI_CLIENT = "convene-cli";
    /** A client that only tests make (never in the realm file), the one that allows a password grant. */
    public static final String TEST_LOGIN_CLIENT = "convene-test-password-login";
    /** The system property naming the distribution zip. */
    public static final String DIST_PROPERTY = "convene.keycloak.dist";

    private static final String ADMIN = "admin";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Guards the cache within this JVM; a file lock beside it guards it from other JVMs. */
    private static final Object CACHE_LOCK = new Object();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long the token methods wait for Keycloak: a first start on a busy two-core machine took 145 s. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** A cached token is given out while it has at least this long to live. */
    private static final Duration TOKEN_MARGIN = Duration.ofMinutes(2);

    private final Path dist;
    private final Path realmFile;
    private final int port;
    private final String portalUrl;
    private final Path log;
    private final String adminPassword = secret();
    private final String portalClientSecret = secret();
    private final String cliClientSecret = secret();
    private final String organiserPassword = secret();
    private final String testLoginSecret = secret();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** The unpacked distribution, shared by the instances (never run itself). */
    private Path cache;
    /** This instance's home: hard links to the cache, its own lib/quarkus and data/. */
    private Path home;
    private Process process;
    private long startMillis;
    private boolean ready;
    private String organiserToken;
    private Instant organiserTokenExpires = Instant.MIN;
    private boolean testLoginClientMade;

    /**
     * @param dist the keycloak-quarkus-dist zip
     * @param realmFile the realm to import (convene-realm.json)
     * @param port the HTTP port on 127.0.0.1
     * @param portalUrl the portal's address, for the portal client's redirect URIs
     * @param log where Keycloak's output goes (appended)
     */
    public KeycloakServer(Path dist, Path realmFile, int port, String portalUrl, Path log) {
        this.dist = dist.toAbsolutePath();
        this.realmFile = realmFile.toAbsolutePath();
        this.port = port == 0 ? FreePorts.next() : port;
        this.portalUrl = portalUrl;
        this.log = log.toAbsolutePath();
    }

    /**
     * A Keycloak on a free port, from the zip named by {@value #DIST_PROPERTY}, with the realm file found above the
     * working directory ({@code deploy/keycloak/convene-realm.json}), logging to {@code target/keycloak-<port>.log}.
     */
    public static KeycloakServer onFreePort(String portalUrl) {
        String dist = System.getProperty(DIST_PROPERTY);
        if (dist == null || dist.isBlank()) {
            throw new IllegalStateException("system property " + DIST_PROPERTY + " is not set: the test module's pom"
                    + " copies org.keycloak:keycloak-quarkus-dist (zip) into target/ and names it to surefire");
        }
        int port = FreePorts.next();
        return new KeycloakServer(Paths.get(dist), realmFile(), port, portalUrl,
                Paths.get("target", "keycloak-" + port + ".log"));
    }

    /** deploy/keycloak/convene-realm.json in the first directory above the working directory that has it. */
    public static Path realmFile() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/keycloak/convene-realm.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/keycloak/convene-realm.json not found above "
                + Paths.get("").toAbsolutePath());
    }

    /**
     * A JDK 21+ for Keycloak (the tests may run on 17): {@code CONVENE_KEYCLOAK_JAVA_HOME} (./convene test sets it),
     * this JVM when it is 21+, {@code JAVA_HOME}, else the newest in /usr/lib/jvm that is 21+.
     */
    static String keycloakJavaHome() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("CONVENE_KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        if (Runtime.version().feature() >= 21) {
            candidates.add(System.getProperty("java.home"));
        }
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(javaHome);
        }
        try (var jdks = Files.list(Paths.get("/usr/lib/jvm"))) {
            jdks.map(Path::toString).sorted(Comparator.reverseOrder()).forEach(candidates::add);
        } catch (IOException | RuntimeException e) {
            // no /usr/lib/jvm: only the others
        }
        for (String candidate : candidates) {
            if (javaMajor(Paths.get(candidate)) >= 21) {
                return candidate;
            }
        }
        throw new IllegalStateException("Keycloak 26 needs Java 21 or later: none among " + candidates
                + " (set CONVENE_KEYCLOAK_JAVA_HOME)");
    }

    /** The feature version in {@code home/release} (JAVA_VERSION="21.0.2"), or 0. */
    private static int javaMajor(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String major = version.split("[.+-]")[0];
                    return Integer.parseInt(major.equals("1") ? version.split("\\.")[1] : major);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /**
     * Unpacks the distribution into the cache if it is not there yet, makes this instance's home with the realm file
     * in {@code data/import} and launches {@code kc.sh start-dev --import-realm} in it; returns without waiting.
     */
    public synchronized KeycloakServer start() {
        if (process != null) {
            return this;
        }
        String javaHome = keycloakJavaHome();
        try {
            underCacheLock(() -> {
                cache = unpacked();
                home = cache.resolveSibling(cache.getFileName() + "-runs").resolve(String.valueOf(port));
                makeHome();
            });
            Path data = home.resolve("data");
            Files.createDirectories(data.resolve("import"));
            Files.copy(realmFile, data.resolve("import").resolve(realmFile.getFileName()));
            Files.createDirectories(log.getParent());
            Files.writeString(log, "---- " + Instant.now() + " kc.sh start-dev on port " + port + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host", "127.0.0.1", "--http-port", String.valueOf(port), "--import-realm")
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = builder.environment();
            // nothing of the caller's own Keycloak or JVM settings leaks in
            env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS")
                    || name.equals("JAVA_ADD_OPENS") || name.equals("JAVA") || name.startsWith("CONVENE_"));
            env.put("JAVA_HOME", javaHome);
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            // the realm file's placeholders, resolved by Keycloak at import
            env.put("CONVENE_PORTAL_URL", portalUrl);
            env.put("CONVENE_PORTAL_OIDC_SECRET", portalClientSecret);
            env.put("CONVENE_CLI_OIDC_SECRET", cliClientSecret);
            env.put("CONVENE_DEMO_ORGANISER_PASSWORD", organiserPassword);
            startMillis = System.currentTimeMillis();
            process = builder.start();
            ready = false;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the realm's discovery document answers; fails early if the process exits. Returns the milliseconds
     * from {@link #start()} to ready, or 0 when it was ready before.
     */
    public long awaitReady(Duration timeout) {
        Process launched;
        synchronized (this) {
            if (ready) {
                return 0;
            }
            launched = process;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (launched == null) { // start() may be running on another thread (unpacking)
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak was not started");
            }
            sleep(100);
            synchronized (this) {
                launched = process;
            }
        }
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (System.nanoTime() < deadline) {
            if (!launched.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + launched.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(discovery)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    long millis = System.currentTimeMillis() - startMillis;
                    synchronized (this) {
                        ready = true;
                        keepAugmentation();
                    }
                    return millis;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Keycloak not ready after " + timeout + "; see " + log);
    }

    /** Stops Keycloak (SIGTERM to kc.sh and the JVM it runs, then SIGKILL after 20 s). */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(0, process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        process = null;
        ready = false;
        organiserToken = null;
        testLoginClientMade = false;
        try {
            deleteTree(home); // links and this instance's own files only: the cache stays
        } catch (IOException e) {
            // left in target/, removed with it
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The realm's issuer, the {@code iss} of its tokens: {@code http://127.0.0.1:<port>/realms/convene}. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The realm's signing keys (JWKS), for {@code mp.jwt.verify.publickey.location}. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** The secret of {@value #PORTAL_CLIENT}, for the portal's {@code quarkus.oidc.credentials.secret}. */
    public String portalClientSecret() {
        return portalClientSecret;
    }

    /** The secret of {@value #CLI_CLIENT}. */
    public String cliClientSecret() {
        return cliClientSecret;
    }

    /** The password of the demo organiser {@value #ORGANISER} (it signs in at Keycloak's login page). */
    public String organiserPassword() {
        return organiserPassword;
    }

    /** The portal address Keycloak's portal client redirects to. */
    public String portalUrl() {
        return portalUrl;
    }

    /**
     * An organiser's access token: client credentials of {@value #CLI_CLIENT}, whose service account has the role
     * organiser (12 h tokens). Cached while it has more than a few minutes to live; waits for Keycloak to be ready.
     */
    public String organiserToken() {
        awaitReady(READY_TIMEOUT); // outside the lock: start() may still be running on another thread
        synchronized (this) {
            return freshOrganiserToken();
        }
    }

    private String freshOrganiserToken() {
        if (organiserToken == null || Instant.now().plus(TOKEN_MARGIN).isAfter(organiserTokenExpires)) {
            Instant asked = Instant.now();
            JsonNode answer = token(form("grant_type", "client_credentials", "client_id", CLI_CLIENT,
                    "client_secret", cliClientSecret));
            organiserToken = answer.path("access_token").asText();
            organiserTokenExpires = asked.plusSeconds(answer.path("expires_in").asLong());
        }
        return organiserToken;
    }

    /**
     * Makes an enabled user of the realm with this password (not temporary) and these realm roles besides the
     * default ones ({@code default-roles-convene}); returns its id. With no roles the user is no organiser.
     */
    public String createUser(String username, String password, String... realmRoles) {
        awaitReady(READY_TIMEOUT);
        String admin = adminToken();
        ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true)
                .put("email", username + "@users.convene.test").put("emailVerified", true)
                .put("firstName", "Test").put("lastName", username);
        user.putArray("credentials").addObject().put("type", "password").put("value", password)
                .put("temporary", false);
        HttpResponse<String> created = admin("POST", "/users", user, admin);
        expect(created, 201, "creating user " + username);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        if (realmRoles.length > 0) {
            ArrayNode roles = JSON.createArrayNode();
            for (String role : realmRoles) {
                HttpResponse<String> found = admin("GET", "/roles/" + role, null, admin);
                expect(found, 200, "reading realm role " + role);
                roles.add(read(found.body()));
            }
            expect(admin("POST", "/users/" + id + "/role-mappings/realm", roles, admin), 204,
                    "giving " + username + " the roles " + String.join(",", realmRoles));
        }
        return id;
    }

    /**
     * A user's access token by password grant, through {@value #TEST_LOGIN_CLIENT}: a confidential client made
     * through the admin API on first use (never in the realm file), with direct access grants on and the same
     * protocol mappers as {@value #CLI_CLIENT}, so its tokens look like the realm's (aud convene, groups = realm
     * roles, upn = username).
     */
    public String passwordToken(String username, String password) {
        awaitReady(READY_TIMEOUT);
        makeTestLoginClient();
        return token(form("grant_type", "password", "client_id", TEST_LOGIN_CLIENT, "client_secret", testLoginSecret,
                "username", username, "password", password)).path("access_token").asText();
    }

    private synchronized void makeTestLoginClient() {
        if (testLoginClientMade) {
            return;
        }
        String admin = adminToken();
        HttpResponse<String> found = admin("GET", "/clients?clientId=" + CLI_CLIENT, null, admin);
        expect(found, 200, "reading client " + CLI_CLIENT);
        ArrayNode mappers = JSON.createArrayNode();
        for (JsonNode mapper : read(found.body()).path(0).path("protocolMappers")) {
            mappers.add(((ObjectNode) mapper.deepCopy()).without("id"));
        }
        ObjectNode client = JSON.createObjectNode().put("clientId", TEST_LOGIN_CLIENT).put("enabled", true)
                .put("protocol", "openid-connect").put("publicClient", false)
                .put("clientAuthenticatorType", "client-secret").put("secret", testLoginSecret)
                .put("standardFlowEnabled", false).put("implicitFlowEnabled", false)
                .put("directAccessGrantsEnabled", true).put("serviceAccountsEnabled", false);
        client.putObject("attributes").put("access.token.lifespan", "43200"); // like convene-cli's: 12 h
        client.set("protocolMappers", mappers);
        expect(admin("POST", "/clients", client, admin), 201, "creating client " + TEST_LOGIN_CLIENT);
        testLoginClientMade = true;
    }

    /** A token of the master realm's bootstrap admin (admin-cli, password grant). */
    private String adminToken() {
        return post(baseUrl() + "/realms/master/protocol/openid-connect/token", form("grant_type", "password",
                "client_id", "admin-cli", "username", ADMIN, "password", adminPassword)).path("access_token").asText();
    }

    private JsonNode token(String form) {
        return post(tokenUrl(), form);
    }

    private JsonNode post(String url, String form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        expect(response, 200, "POST " + url);
        return read(response.body());
    }

    private HttpResponse<String> admin(String method, String path, JsonNode body, String adminToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " at Keycloak: " + response.statusCode() + " " + response.body());
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /**
     * This instance's home: every file of the cache hard-linked (copied where the file system refuses), but
     * {@code lib/quarkus} (what an augmentation rewrites) copied and {@code data/} left out, so that nothing this
     * instance writes reaches the cache or another instance.
     */
    private void makeHome() throws IOException {
        deleteTree(home);
        Path augmented = Paths.get("lib", "quarkus");
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.toList()) {
                Path relative = cache.relativize(file);
                if (relative.startsWith("data")) {
                    continue;
                }
                Path target = home.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (relative.startsWith(augmented)) {
                    Files.copy(file, target);
                } else {
                    link(file, target);
                }
            }
        }
    }

    /**
     * After the first start on a fresh cache Keycloak has augmented this instance's {@code lib/quarkus}: copied back
     * into the cache (under the lock, file by file atomically), the next instance starts without augmenting.
     */
    private void keepAugmentation() {
        Path ours = home.resolve("lib/quarkus");
        Path theirs = cache.resolve("lib/quarkus");
        try {
            underCacheLock(() -> {
                try (Stream<Path> files = Files.list(ours)) {
                    for (Path file : files.toList()) {
                        Path target = theirs.resolve(file.getFileName().toString());
                        if (!Files.exists(target) || Files.mismatch(file, target) != -1) {
                            Path partial = Files.createTempFile(theirs.getParent(), "quarkus-", ".partial");
                            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE,
                                    StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            });
        } catch (IOException e) {
            // the cache keeps what it had: the next start augments again
        }
    }

    private interface CacheWork {
        void run() throws IOException;
    }

    /**
     * Runs with the cache to itself: a lock within this JVM and a file lock beside the zip for other JVMs (test runs
     * of the same module side by side).
     */
    private void underCacheLock(CacheWork work) throws IOException {
        synchronized (CACHE_LOCK) {
            Path lockFile = dist.resolveSibling(dist.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                work.run();
            }
        }
    }

    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * The distribution's home, {@code keycloak-<version>} beside the zip: unpacked into a temporary directory and
     * renamed, so a half-unpacked one is never taken for the real thing; reused while it is there.
     */
    private Path unpacked() throws IOException {
        if (!Files.isRegularFile(dist)) {
            throw new IllegalStateException(dist + " is missing: the test module's build copies it there"
                    + " (maven-dependency-plugin, process-test-resources)");
        }
        String top = topDirectory();
        Path unpackedHome = dist.getParent().resolve(top);
        if (Files.isRegularFile(unpackedHome.resolve("bin/kc.sh"))) {
            return unpackedHome;
        }
        Path partial = Files.createTempDirectory(dist.getParent(), top + ".unpacking-");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dist))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("entry outside the distribution: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        deleteTree(unpackedHome);
        Files.move(partial.resolve(top), unpackedHome, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(partial);
        return unpackedHome;
    }

    /** The zip's one top-level directory (keycloak-26.7.3). */
    private String topDirectory() throws IOException {
        try (InputStream in = Files.newInputStream(dist); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null) {
                throw new IOException(dist + " is empty");
            }
            return first.getName().split("/")[0];
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
