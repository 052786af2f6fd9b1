package org.convene.testkit;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at real infrastructure: a fresh database on the real PostgreSQL server, the shared
 * in-JVM Kafka broker, GreenMail (with {@code mail=true}), and the test-only JWT key. Init args: {@code service}
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
            MailServer mail = SharedInfrastructure.mail();
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(mail.smtpPort()));
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
