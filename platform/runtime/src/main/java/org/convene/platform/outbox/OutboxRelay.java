package org.convene.platform.outbox;

import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.convene.platform.Backoff;
import org.convene.platform.kafka.KafkaClients;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka. One thread per service instance:
 * <ol>
 * <li>waits on {@code LISTEN convene_outbox}, or at most {@code poll-interval} (the polling fallback);</li>
 * <li>claims the oldest unpublished rows with {@code FOR UPDATE SKIP LOCKED} in a transaction that also holds a
 * transaction-scoped advisory lock, so that with several instances one batch is in flight at a time and each
 * aggregate's events reach Kafka in commit order;</li>
 * <li>sends them with the idempotent producer and waits for every acknowledgement;</li>
 * <li>only then sets {@code published_at} and commits. A failure rolls back: the rows stay and are sent again
 * (at-least-once; consumers deduplicate by {@code ce_id}).</li>
 * </ol>
 * Published rows are kept for {@code retention} so that they can be replayed.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK_KEY = 0x0C0_0E0B0L;
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    KafkaClients kafkaClients;

    @Inject
    MeterRegistry metrics;

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, CloudEvent> producer;
    private Counter published;
    private Counter failures;
    private volatile long pending;
    private Instant lastCleanup = Instant.EPOCH;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled");
            return;
        }
        published = metrics.counter("convene.outbox.published");
        failures = metrics.counter("convene.outbox.publish.failures");
        Gauge.builder("convene.outbox.pending", () -> pending).register(metrics);
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    private void run() {
        int failuresInARow = 0;
        while (running) {
            try (Connection listener = dataSource.getConnection()) {
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN " + Outbox.CHANNEL);
                }
                PGConnection notifications = listener.unwrap(PGConnection.class);
                while (running) {
                    int sent = publishBatch();
                    failuresInARow = 0;
                    cleanupIfDue();
                    if (sent < config.batchSize()) {
                        notifications.getNotifications((int) config.pollInterval().toMillis());
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                failures.increment();
                Duration backoff = BACKOFF.after(++failuresInARow);
                LOG.warnf("Outbox relay: %s; retrying in %d ms", e.getMessage(), backoff.toMillis());
                closeProducer();
                sleep(backoff);
            }
        }
    }

    /** Claims, sends and marks one batch. Returns the number of rows published. */
    int publishBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryAdvisoryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<Row> rows = claim(connection);
                if (rows.isEmpty()) {
                    connection.rollback();
                    pending = 0;
                    return 0;
                }
                send(rows);
                markPublished(connection, rows);
                connection.commit();
                published.increment(rows.size());
                pending = Math.max(0, pending - rows.size());
                return rows.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean tryAdvisoryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private List<Row> claim(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, event_id, topic, message_key, event_type, subject, payload::text, occurred_at"
                        + " from outbox_event where published_at is null order by id limit ? for update skip locked")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toInstant()));
                }
            }
        }
        return rows;
    }

    private void send(List<Row> rows) throws Exception {
        KafkaProducer<String, CloudEvent> kafka = producer();
        URI source = URI.create(config.source());
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            CloudEvent event = CloudEventBuilder.v1()
                    .withId(row.eventId.toString())
                    .withType(row.type)
                    .withSource(source)
                    .withSubject(row.subject)
                    .withTime(row.occurredAt.atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(row.payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .build();
            acks.add(kafka.send(new ProducerRecord<>(row.topic, row.key, event)));
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private void markPublished(Connection connection, List<Row> rows) throws SQLException {
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now() where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids);
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void cleanupIfDue() throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(lastCleanup, now).compareTo(config.cleanupInterval()) < 0) {
            return;
        }
        lastCleanup = now;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from outbox_event where published_at < ?");
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from outbox_event where published_at is null")) {
            delete.setTimestamp(1, java.sql.Timestamp.from(now.minus(config.retention())));
            int deleted = delete.executeUpdate();
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                pending = rs.getLong(1);
            }
            if (deleted > 0) {
                LOG.infof("Outbox: deleted %d published rows older than %s", deleted, config.retention());
            }
        }
    }

    private synchronized KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = kafkaClients.eventProducer();
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Row(long id, UUID eventId, String topic, String key, String type, String subject, String payload,
            Instant occurredAt) {
    }
}
