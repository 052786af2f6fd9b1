package org.convene.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;
import org.convene.testkit.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * The compose broker's security (docker-compose.yml, deploy/kafka/): a real KRaft broker in this JVM, configured as
 * the compose one is (SASL_PLAINTEXT everywhere: SCRAM-SHA-512 on the clients' listener, PLAIN for the broker's own
 * super user on the broker and controller listeners, whose password comes from the environment through
 * EnvVarConfigProvider; StandardAuthorizer, nothing allowed without an ACL, no topic created on first use). It is
 * given the SCRAM users, topics and ACLs of {@code deploy/kafka/acls.txt} through the Admin API (kafka-init applies the
 * same file with Kafka's command-line tools: deploy/kafka/acls.sh), and then tried with real clients configured as
 * {@code platform} {@code KafkaClients} configures them (idempotent producers with {@code acks=all}, consumer groups
 * {@code <service>.<handler>}, offsets committed after processing). About 10 s.
 */
class KafkaAclTest {

    private static final String ADMIN = "admin";
    /**
     * The compose broker reads the admin password from this variable through EnvVarConfigProvider; surefire sets it
     * for this JVM (system-tests/pom.xml), so the broker's listener JAAS settings and the admin client's
     * (deploy/kafka/admin.properties, as kafka-init uses it) are resolved through the provider, as in compose.
     */
    private static final String ADMIN_PASSWORD_VARIABLE = "CONVENE_KAFKA_PASSWORD_ADMIN";

    private static Path logDir;
    private static KafkaRaftServer server;
    private static int clientPort;
    private static int brokerPort;
    private static final Map<String, String> passwords = new LinkedHashMap<>();
    private static List<AclBinding> bindings;

    @BeforeAll
    static void startBrokerAndApplyAcls() throws Exception {
        List<Rule> rules = Rule.read(aclsFile());
        bindings = rules.stream().map(Rule::binding).toList();
        startBroker();
        try (Admin admin = Admin.create(adminConfig())) {
            Set<String> principals = new LinkedHashSet<>();
            rules.forEach(rule -> principals.add(rule.principal()));
            List<UserScramCredentialUpsertion> users = new ArrayList<>();
            for (String principal : principals) {
                String password = UUID.randomUUID().toString().replace("-", "");
                passwords.put(principal, password);
                users.add(new UserScramCredentialUpsertion(principal,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password));
            }
            admin.alterUserScramCredentials(new ArrayList<>(users)).all().get(30, TimeUnit.SECONDS);
            List<NewTopic> topics = rules.stream()
                    .filter(rule -> rule.resource() == ResourceType.TOPIC && rule.pattern() == PatternType.LITERAL)
                    .map(Rule::name).distinct().map(name -> new NewTopic(name, 3, (short) 1)).toList();
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(bindings).all().get(30, TimeUnit.SECONDS);
            // the broker's authorizer has them once it describes them all (the controller committed them first)
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS))
                    .containsAll(bindings)) {
                assertTrue(System.nanoTime() < deadline, "the broker did not apply the ACLs");
                Thread.sleep(100);
            }
        }
        for (String principal : passwords.keySet()) {
            awaitLogin(principal);
        }
    }

    @AfterAll
    static void stopBroker() throws IOException {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
        if (logDir != null) {
            try (Stream<Path> files = Files.walk(logDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void registrationServiceWritesItsOwnTopicsAndNoOtherServices() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer("registration-service")) {
            assertEquals("registration.registrations.v1",
                    send(producer, "registration.registrations.v1").topic(), "its own topic");
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> send(producer, "directory.members.v1"), "the directory's topic");
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
            assertTrue(((TopicAuthorizationException) refused.getCause()).unauthorizedTopics()
                    .contains("directory.members.v1"));
            // its dead letters go to <consumed topic>.dlq, and only for what it consumes
            assertEquals("directory.members.v1.dlq", send(producer, "directory.members.v1.dlq").topic());
            assertInstanceOf(TopicAuthorizationException.class, assertThrows(ExecutionException.class,
                    () -> send(producer, "registration.registrations.v1.dlq")).getCause());
        }
    }

    @Test
    void notificationServiceConsumesRegistrationsWithItsOwnGroup() throws Exception {
        String key = "workshop-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer("registration-service")) {
            producer.send(new ProducerRecord<>("registration.registrations.v1", key,
                    "{}".getBytes(StandardCharsets.UTF_8))).get(15, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, byte[]> consumer = consumer("notification-service",
                "notification-service.registration-emails")) {
            consumer.subscribe(List.of("registration.registrations.v1"));
            ConsumerRecord<String, byte[]> found = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found = record;
                    }
                }
            }
            assertTrue(found != null, "the notification user read the registration event");
            consumer.commitSync(); // offsets committed under its group, as EventConsumers does after each poll
        }
    }

    @Test
    void notificationServiceNeitherWritesRegistrationTopicsNorJoinsAnotherServicesGroup() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer("notification-service")) {
            assertInstanceOf(TopicAuthorizationException.class, assertThrows(ExecutionException.class,
                    () -> send(producer, "registration.registrations.v1")).getCause());
            assertEquals("registration.registrations.v1.dlq",
                    send(producer, "registration.registrations.v1.dlq").topic(), "its dead letters");
        }
        try (KafkaConsumer<String, byte[]> consumer = consumer("notification-service",
                "registration-service.directory-replica")) {
            consumer.subscribe(List.of("directory.members.v1"));
            assertThrows(GroupAuthorizationException.class, () -> pollFor(consumer, Duration.ofSeconds(15)));
        }
        try (KafkaConsumer<String, byte[]> consumer = consumer("directory-service", "directory-service.anything")) {
            consumer.subscribe(List.of("registration.registrations.v1"));
            // refused on the topic first (the metadata of the subscription), and it has no group either
            assertThrows(AuthorizationException.class, () -> pollFor(consumer, Duration.ofSeconds(15)),
                    "directory-service consumes nothing");
        }
    }

    @Test
    void everyServiceSeesTheClusterForItsHealthCheckAndAWrongPasswordIsRefused() throws Exception {
        for (String principal : passwords.keySet()) {
            try (Admin admin = Admin.create(clientConfig(principal, passwords.get(principal)))) {
                // quarkus-kafka-client's readiness check: describeCluster().nodes()
                assertFalse(admin.describeCluster().nodes().get(15, TimeUnit.SECONDS).isEmpty(), principal);
            }
        }
        try (Admin admin = Admin.create(clientConfig("registration-service", "not-the-password"))) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> admin.describeCluster().nodes().get(15, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }

    @Test
    void theBrokersOwnPasswordIsTheEnvironmentVariablesValue() throws Exception {
        // were ${env:...} left unresolved, both sides would hold the same literal text and the admin could still log in
        Map<String, Object> literal = adminConfig();
        literal.keySet().removeIf(key -> key.startsWith("config.providers"));
        literal.put(SaslConfigs.SASL_JAAS_CONFIG, plainJaas(System.getenv(ADMIN_PASSWORD_VARIABLE)));
        try (Admin admin = Admin.create(literal)) {
            assertFalse(admin.describeCluster().nodes().get(15, TimeUnit.SECONDS).isEmpty());
        }
        literal.put(SaslConfigs.SASL_JAAS_CONFIG, plainJaas("${env:" + ADMIN_PASSWORD_VARIABLE + "}"));
        try (Admin admin = Admin.create(literal)) {
            assertInstanceOf(SaslAuthenticationException.class, assertThrows(ExecutionException.class,
                    () -> admin.describeCluster().nodes().get(15, TimeUnit.SECONDS)).getCause());
        }
    }

    private static String plainJaas(String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                + "\" password=\"" + password + "\";";
    }

    // --- the broker -------------------------------------------------------------------------------------------------

    private static void startBroker() throws IOException {
        clientPort = FreePorts.next();
        brokerPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        logDir = Files.createTempDirectory("convene-kafka-acl-");
        String adminJaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                + "\" password=\"${env:" + ADMIN_PASSWORD_VARIABLE + "}\" user_" + ADMIN + "=\"${env:"
                + ADMIN_PASSWORD_VARIABLE + "}\";";
        Properties p = new Properties();
        p.put("node.id", "1");
        p.put("process.roles", "broker,controller");
        // docker-compose.yml: INTERNAL/EXTERNAL (SCRAM, the services) are CLIENT here; BROKER and CONTROLLER as there
        p.put("listeners", "CLIENT://127.0.0.1:" + clientPort + ",BROKER://127.0.0.1:" + brokerPort
                + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "CLIENT://127.0.0.1:" + clientPort + ",BROKER://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map",
                "CLIENT:SASL_PLAINTEXT,BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.put("inter.broker.listener.name", "BROKER");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512");
        p.put("listener.name.client.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("listener.name.broker.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.broker.plain.sasl.jaas.config", adminJaas);
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", adminJaas);
        p.put("config.providers", "env");
        p.put("config.providers.env.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider");
        p.put("config.providers.env.param.allowlist.pattern", "^" + ADMIN_PASSWORD_VARIABLE + "$");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN);
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("auto.create.topics.enable", "false");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        format(p);
        server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
        server.startup();
    }

    private static void format(Properties properties) throws IOException {
        Path config = Files.createTempFile("convene-kraft-acl-", ".properties");
        try (Writer writer = Files.newBufferedWriter(config)) {
            properties.store(writer, "KafkaAclTest");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = StorageTool.execute(new String[] {"format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", config.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
        Files.deleteIfExists(config);
        assertEquals(0, status, "formatting " + logDir + ": " + output);
    }

    // --- clients ----------------------------------------------------------------------------------------------------

    /** The admin client of kafka-init: deploy/kafka/admin.properties, on the broker listener. */
    private static Map<String, Object> adminConfig() throws IOException {
        Properties file = new Properties();
        try (var reader = Files.newBufferedReader(aclsFile().resolveSibling("admin.properties"))) {
            file.load(reader);
        }
        Map<String, Object> config = new HashMap<>();
        file.forEach((key, value) -> config.put((String) key, value));
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + brokerPort);
        return config;
    }

    /** A service's client settings, as compose gives them (KAFKA_SECURITY_PROTOCOL, _SASL_MECHANISM, _SASL_JAAS_CONFIG). */
    private static Map<String, Object> clientConfig(String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + clientPort);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"" + user + "\" password=\"" + password + "\";");
        config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        return config;
    }

    /** platform KafkaClients.reliableProducerConfig: idempotent, acks=all. */
    private static KafkaProducer<String, byte[]> producer(String user) {
        Map<String, Object> config = clientConfig(user, passwords.get(user));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, user + ".outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    /** platform KafkaClients.consumer: its own group, no automatic commits. */
    private static KafkaConsumer<String, byte[]> consumer(String user, String group) {
        Map<String, Object> config = clientConfig(user, passwords.get(user));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    private static org.apache.kafka.clients.producer.RecordMetadata send(KafkaProducer<String, byte[]> producer,
            String topic) throws Exception {
        return producer.send(new ProducerRecord<>(topic, "key", "{}".getBytes(StandardCharsets.UTF_8)))
                .get(15, TimeUnit.SECONDS);
    }

    private static void pollFor(KafkaConsumer<String, byte[]> consumer, Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500));
        }
    }

    /** SCRAM credentials reach the broker through the metadata log: wait until this user can log in. */
    private static void awaitLogin(String principal) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (Admin admin = Admin.create(clientConfig(principal, passwords.get(principal)))) {
                admin.describeCluster().nodes().get(15, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof SaslAuthenticationException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    // --- deploy/kafka/acls.txt ----------------------------------------------------------------------------------------

    private static Path aclsFile() {
        Path directory = Paths.get("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("deploy/kafka/acls.txt"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("deploy/kafka/acls.txt not found above " + Paths.get("").toAbsolutePath());
        }
        return directory.resolve("deploy/kafka/acls.txt");
    }

    /** One line of acls.txt: principal, operation, resource type, pattern type, name (deploy/kafka/acls.sh reads it too). */
    private record Rule(String principal, AclOperation operation, ResourceType resource, PatternType pattern,
            String name) {

        static List<Rule> read(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\s+");
                if (columns.length != 5) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 5 columns: " + line);
                }
                rules.add(new Rule(columns[0], AclOperation.valueOf(columns[1].toUpperCase(Locale.ROOT)),
                        ResourceType.valueOf(columns[2].toUpperCase(Locale.ROOT)),
                        PatternType.valueOf(columns[3].toUpperCase(Locale.ROOT)), columns[4]));
            }
            if (rules.isEmpty()) {
                throw new IllegalArgumentException(file + " lists no rule");
            }
            return rules;
        }

        AclBinding binding() {
            return new AclBinding(new ResourcePattern(resource, name, pattern),
                    new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
        }
    }
}
