package org.convene.testkit;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at real infrastructure: a fresh database on the real PostgreSQL server, the shared
 * in-JVM Kafka broker, GreenMail (with {@code mail=true}; behind a relay
 * that can stall an attempt when the system property {@code convene.test.stalling-smtp} is true), and the test-only JWT key. Init args: {@code service}
 * (database name prefix), {@code mail}.
 */
public class ConveneTestResources implements QuarkusTestResourceLifecycleManager {

    private String service = "service";
    private boolean withMail;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
        withMail = Boolean.parseBoolean(initArgs.getOrDefault("mail", "false"));
    }

    @Override
    public Map<String, String> start() {
        KafkaBroker kafka = SharedInfrastructure.kafka();
        database = Postgres.createTestDatabase(service);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", Postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", Postgres.user());
        config.put("quarkus.datasource.password", Postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY_RESOURCE);
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        if (withMail) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            // convene.test.stalling-smtp=true (set by a surefire execution of its own): through the relay that can
            // stall an attempt; otherwise straight to GreenMail, whose refused connections a down server gives
            boolean stalling = Boolean.getBoolean("convene.test.stalling-smtp");
            config.put("quarkus.mailer.port", String.valueOf(stalling ? SharedInfrastructure.smtpProxy().port()
                    : SharedInfrastructure.mail().smtpPort()));
            config.put("quarkus.mailer.mock", "false");
        }
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            Postgres.dropDatabase(database);
        }
    }
}
