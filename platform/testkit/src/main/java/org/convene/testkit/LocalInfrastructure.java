package org.convene.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The infrastructure of {@code ./convene up} and {@code ./convene test} in one JVM: a KRaft Kafka broker, GreenMail
 * (SMTP and IMAP) and, where no PostgreSQL server is reachable, an embedded one (zonky, real PostgreSQL binaries from
 * Maven Central). Runs until it is stopped (SIGTERM/Ctrl-C), then stops everything it started.
 *
 * <pre>
 * --data-dir DIR          where the broker's log and embedded PostgreSQL's data live (default .convene/data)
 * --kafka-port N          default 9092 (controller: N+1)
 * --smtp-port N           default 3025
 * --imap-port N           default 3143
 * --embedded-postgres N   start an embedded PostgreSQL on port N
 * --databases a,b,c       create these databases where missing (on CONVENE_PG_* or the embedded server)
 * --without kafka,mail    do not start these (./convene test needs only PostgreSQL)
 * --mailboxes N           the mail sink keeps the mailboxes of the N most recent recipients (default 5000; 0: all)
 * </pre>
 */
public final class LocalInfrastructure {

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path dataDir = Paths.get(options.getOrDefault("data-dir", ".convene/data")).toAbsolutePath();
        int kafkaPort = Integer.parseInt(options.getOrDefault("kafka-port", "9092"));
        int smtpPort = Integer.parseInt(options.getOrDefault("smtp-port", "3025"));
        int imapPort = Integer.parseInt(options.getOrDefault("imap-port", "3143"));
        java.util.Set<String> without = java.util.Set.of(options.getOrDefault("without", "").split(","));
        Files.createDirectories(dataDir);

        EmbeddedPostgres postgres = null;
        if (options.containsKey("embedded-postgres")) {
            int port = Integer.parseInt(options.get("embedded-postgres"));
            postgres = EmbeddedPostgres.builder().setPort(port)
                    .setDataDirectory(dataDir.resolve("postgres")).setCleanDataDirectory(false).start();
            System.out.println("postgres 127.0.0.1:" + port + " (embedded)");
        }
        if (options.containsKey("databases")) {
            for (String database : options.get("databases").split(",")) {
                if (postgres != null) {
                    ensureEmbeddedDatabase(postgres, database.trim());
                } else {
                    Postgres.ensureDatabase(database.trim());
                }
            }
        }
        KafkaBroker kafka = without.contains("kafka") ? null
                : new KafkaBroker(kafkaPort, kafkaPort + 1, dataDir.resolve("kafka")).start();
        if (kafka != null) {
            System.out.println("kafka " + kafka.bootstrapServers());
        }
        MailServer mail = without.contains("mail") ? null : new MailServer(smtpPort, imapPort).start()
                .keepAtMost(Integer.parseInt(options.getOrDefault("mailboxes", "5000")));
        if (mail != null) {
            System.out.println("smtp 127.0.0.1:" + mail.smtpPort() + " imap 127.0.0.1:" + mail.imapPort());
        }
        System.out.println("READY");
        System.out.flush();

        CountDownLatch stopped = new CountDownLatch(1);
        EmbeddedPostgres embedded = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (mail != null) {
                mail.stop();
            }
            if (kafka != null) {
                kafka.stop();
            }
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (Exception e) {
                    System.err.println("stopping embedded PostgreSQL: " + e.getMessage());
                }
            }
            stopped.countDown();
        }, "stop-local-infrastructure"));
        stopped.await();
    }

    private static void ensureEmbeddedDatabase(EmbeddedPostgres postgres, String name) throws Exception {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("create database \"" + name.replace("\"", "") + "\"");
                }
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --option value ...; got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
