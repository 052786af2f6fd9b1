package org.convene.systemtests;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.convene.testkit.KafkaBroker;
import org.convene.testkit.KeycloakServer;
import org.convene.testkit.MailServer;
import org.convene.testkit.Postgres;

/**
 * The whole system for black-box tests, started once per test JVM: Keycloak as a process (the organisers' tokens and
 * the console's login, realm deploy/keycloak/convene-realm.json), a Kafka broker and GreenMail in this JVM, a fresh
 * database per service on the real PostgreSQL server, and the three packaged services as processes.
 */
public final class ConveneSystem {

    static final String SEALING_KEY = "7odqLvD22/N7NBvAxvITl8dm50TghRScus08DwOcJk4=";

    private static ConveneSystem instance;

    /** The identity provider: organisers' tokens ({@link KeycloakServer#organiserToken()}), the console's login. */
    public final KeycloakServer keycloak;
    public final KafkaBroker kafka;
    public final MailServer mail;
    public final ServiceProcess directory;
    public final ServiceProcess registration;
    public final ServiceProcess notification;
    /** web-portal, started by the first test that asks for it (portal()); its address is in every email's links. */
    private final ServiceProcess portal;
    private boolean portalStarted;
    private final List<String> databases = new ArrayList<>();
    /** The database of each service, by service name. */
    final Map<String, String> databaseOf = new HashMap<>();

    public static synchronized ConveneSystem get() {
        if (instance == null) {
            instance = new ConveneSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "stop-convene-system"));
        }
        return instance;
    }

    private ConveneSystem() {
        long started = System.currentTimeMillis();
        Path root = Paths.get("").toAbsolutePath().getParent();
        // the portal's port first: Keycloak's portal client redirects to it, and Keycloak starts before anything
        Map<String, String> portalEnv = new HashMap<>();
        portal = new ServiceProcess(root, "web-portal", portalEnv);
        keycloak = KeycloakServer.onFreePort(portal.baseUrl());
        // its own process: stopped with this JVM even if the rest of the system fails to start (stop() is idempotent)
        Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop, "stop-keycloak"));
        // 15-40 s, more on the first start after a clean build (unpacking, augmenting) or on a busy machine: in the
        // background, beside the broker, the mail server and the services
        CompletableFuture<Void> keycloakLaunched = CompletableFuture.runAsync(keycloak::start, runnable -> {
            Thread thread = new Thread(runnable, "keycloak-launcher");
            thread.setDaemon(true);
            thread.start();
        });
        kafka = KafkaBroker.onFreePorts().start();
        mail = MailServer.onFreePorts().start();

        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("QUARKUS_DATASOURCE_USERNAME", Postgres.user());
        common.put("QUARKUS_DATASOURCE_PASSWORD", Postgres.password());
        // the realm's keys over HTTP (JWKS): smallrye-jwt fetches them when it verifies a token, not at start, and
        // tries again after a failed fetch (a service that refused a token while Keycloak was still down accepted the
        // organiser's once it was up), so the services start before Keycloak is ready
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUrl());
        common.put("MP_JWT_VERIFY_ISSUER", keycloak.issuer());
        common.put("CONVENE_SECRETS_SEALING_KEY", SEALING_KEY);

        directory = new ServiceProcess(root, "directory-service", withDatabase(common, "directory-service"));
        Map<String, String> registrationEnv = withDatabase(common, "registration-service");
        registration = new ServiceProcess(root, "registration-service", registrationEnv);
        registrationEnv.put("QUARKUS_REST_CLIENT_DIRECTORY_URL", directory.baseUrl());
        // the hostile-input suite sends thousands of requests from one address: limits are tested in the service
        registrationEnv.put("CONVENE_RATE_LIMITS_SIGN_UP_PER_ADDRESS", "0");
        registrationEnv.put("CONVENE_RATE_LIMITS_SIGN_UP_PER_EMAIL", "0");
        Map<String, String> notificationEnv = withDatabase(common, "notification-service");
        notificationEnv.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        notificationEnv.put("QUARKUS_MAILER_PORT", String.valueOf(mail.smtpPort()));
        notificationEnv.put("QUARKUS_MAILER_MOCK", "false");
        // the console's webhook journey delivers to a receiver on this machine (refused in production: SSRF)
        notificationEnv.put("CONVENE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        portalEnv.put("QUARKUS_REST_CLIENT_DIRECTORY_URL", directory.baseUrl());
        portalEnv.put("QUARKUS_REST_CLIENT_REGISTRATION_URL", registration.baseUrl());
        // the organiser console signs in at Keycloak (authorization code, confidential client convene-portal)
        portalEnv.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
        portalEnv.put("QUARKUS_OIDC_CLIENT_ID", KeycloakServer.PORTAL_CLIENT);
        portalEnv.put("QUARKUS_OIDC_CREDENTIALS_SECRET", keycloak.portalClientSecret());
        portalEnv.put("CONVENE_OIDC_URL", keycloak.issuer()); // what the portal's own configuration reads
        portalEnv.put("CONVENE_PORTAL_OIDC_SECRET", keycloak.portalClientSecret());
        notificationEnv.put("CONVENE_PUBLIC_URL", portal.baseUrl());
        notificationEnv.put("CONVENE_PREFERENCES_TOKEN_KEY", "system-test-preferences-key-5f1c2e");
        notification = new ServiceProcess(root, "notification-service", notificationEnv);
        portalEnv.put("QUARKUS_REST_CLIENT_NOTIFICATION_URL", notification.baseUrl());

        for (ServiceProcess service : List.of(directory, registration, notification)) {
            service.start();
        }
        for (ServiceProcess service : List.of(directory, registration, notification)) {
            service.awaitLive(Duration.ofSeconds(90));
            System.out.printf("system-tests: %s live in %d ms%n", service.name,
                    System.currentTimeMillis() - service.startMillis);
        }
        // every test needs an organiser's token: the system is ready when Keycloak is
        keycloakLaunched.join();
        long keycloakReady = keycloak.awaitReady(Duration.ofMinutes(5));
        System.out.printf("system-tests: keycloak ready in %d ms (system ready in %d ms)%n", keycloakReady,
                System.currentTimeMillis() - started);
    }

    /** The portal's address, which every email links to (whether or not a test has started the portal). */
    String portalUrl() {
        return portal.baseUrl();
    }

    /** The portal, live (started on the first call). */
    synchronized ServiceProcess portal() {
        if (!portalStarted) {
            portal.start();
            portalStarted = true;
            portal.awaitLive(Duration.ofSeconds(60));
            System.out.printf("system-tests: web-portal live in %d ms%n", System.currentTimeMillis() - portal.startMillis);
        }
        return portal;
    }

    private Map<String, String> withDatabase(Map<String, String> common, String service) {
        String database = Postgres.createTestDatabase("sys_" + service.replace("-service", ""));
        databases.add(database);
        databaseOf.put(service, database);
        Map<String, String> env = new HashMap<>(common);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", Postgres.jdbcUrl(database));
        return env;
    }

    private void stop() {
        for (ServiceProcess service : List.of(portal, notification, registration, directory)) {
            service.stop();
        }
        keycloak.stop();
        mail.stop();
        kafka.stop();
        databases.forEach(Postgres::dropDatabase);
    }
}
