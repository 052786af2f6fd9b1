package org.convene.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A single-node Kafka broker in KRaft mode ({@code org.apache.kafka:kafka_2.13}), run in this JVM. It can be stopped
 * and started again on the same ports and log directory, to drill a broker outage.
 */
public final class KafkaBroker implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final String clusterId;
    private KafkaRaftServer server;

    public KafkaBroker(int port, int controllerPort, Path logDir) {
        this.port = port == 0 ? FreePorts.next() : port;
        this.controllerPort = controllerPort == 0 ? FreePorts.next() : controllerPort;
        this.logDir = logDir;
        this.clusterId = Uuid.randomUuid().toString();
    }

    /** A broker on free ports with a temporary log directory. */
    public static KafkaBroker onFreePorts() {
        try {
            return new KafkaBroker(0, 0, Files.createTempDirectory("convene-kafka-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        Properties properties = properties();
        format(properties);
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("node.id", "1");
        p.put("process.roles", "broker,controller");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "1"); // durable before the acknowledgement: nothing lost on kill -9
        return p;
    }

    private void format(Properties properties) {
        try {
            Files.createDirectories(logDir);
            Path config = Files.createTempFile("convene-kraft-", ".properties");
            try (Writer writer = Files.newBufferedWriter(config)) {
                properties.store(writer, "convene local broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int status = StorageTool.execute(new String[] {"format", "--cluster-id", existingClusterId(),
                    "--config", config.toString(), "--ignore-formatted"},
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.deleteIfExists(config);
            if (status != 0) {
                throw new IllegalStateException("formatting " + logDir + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cluster id already written in the log directory (a restart), or this broker's new one. */
    private String existingClusterId() throws IOException {
        Path meta = logDir.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties existing = new Properties();
            try (var reader = Files.newBufferedReader(meta)) {
                existing.load(reader);
            }
            String id = existing.getProperty("cluster.id");
            if (id != null) {
                return id;
            }
        }
        return clusterId;
    }
}
