package org.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.convene.platform.outbox.Outbox;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The chassis against a real broker and a real PostgreSQL: outbox, idempotent consumer, retries, dead letters. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class ChassisTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void anEventCommitsWithItsTransactionAndReachesKafkaAsABinaryCloudEvent() {
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.record("platform.outbox.v1", "key-1",
                "convene.test.recorded.v1", subject, Map.of("answer", 42)));
        try (TopicReader reader = reader("platform.outbox.v1")) {
            List<ConsumerRecord<String, byte[]>> events = reader.await(TopicReader.withSubject(subject), 1,
                    Duration.ofSeconds(20));
            assertEquals(1, events.size());
            Map<String, String> headers = TopicReader.ceHeaders(events.get(0));
            assertEquals("1.0", headers.get("ce_specversion"));
            assertEquals("convene.test.recorded.v1", headers.get("ce_type"));
            assertEquals("/platform-test", headers.get("ce_source"));
            assertEquals("application/json", headers.get("content-type"));
            assertTrue(headers.containsKey("ce_id") && headers.containsKey("ce_time"), headers.toString());
            assertEquals("key-1", events.get(0).key());
            try {
                assertEquals(42, new com.fasterxml.jackson.databind.ObjectMapper().readTree(events.get(0).value())
                        .path("answer").asInt(), "the value is the plain JSON data");
            } catch (java.io.IOException e) {
                throw new AssertionError("the value is not JSON", e);
            }
        }
        assertEquals(0L, count("select count(*) from outbox_event where published_at is null and subject = '"
                + subject + "'"), "marked published after the broker acknowledged");
    }

    @Test
    void eventsRecordedAsOneBatchAllReachKafkaInTheirOrder() {
        String key = "batch-" + UUID.randomUUID();
        List<String> subjects = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> outbox.recordAll(subjects.stream()
                .map(subject -> new org.convene.platform.outbox.Outbox.Event("platform.outbox.v1", key,
                        "convene.test.recorded.v1", subject, Map.of("subject", subject)))
                .toList()));
        assertEquals(3, ids.stream().distinct().count());
        try (TopicReader reader = reader("platform.outbox.v1")) {
            List<ConsumerRecord<String, byte[]>> events = reader.await(r -> key.equals(r.key()), 3,
                    Duration.ofSeconds(20));
            assertEquals(subjects, events.stream().map(e -> TopicReader.header(e, "ce_subject")).toList());
            assertEquals(ids.stream().map(UUID::toString).toList(),
                    events.stream().map(e -> TopicReader.header(e, "ce_id")).toList());
        }
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String subject = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.record("platform.outbox.v1", "key-2", "convene.test.recorded.v1", subject, Map.of());
            throw new IllegalStateException("the state change failed");
        }));
        assertEquals(0L, count("select count(*) from outbox_event where subject = '" + subject + "'"));
        try (TopicReader reader = reader("platform.outbox.v1")) {
            assertEquals(0, reader.drain(TopicReader.withSubject(subject), Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThrows(RuntimeException.class,
                () -> outbox.record("platform.outbox.v1", "k", "convene.test.recorded.v1", "s", Map.of()));
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String id = UUID.randomUUID().toString();
        send(cloudEvent(id, RecordingHandler.RECORDED, "{\"n\":1}"));
        send(cloudEvent(id, RecordingHandler.RECORDED, "{\"n\":1}"));
        String marker = UUID.randomUUID().toString();
        send(cloudEvent(marker, RecordingHandler.RECORDED, "{\"n\":2}"));
        awaitCount("select count(*) from handled_event where event_id = '" + marker + "'", 1);
        assertEquals(1L, count("select count(*) from handled_event where event_id = '" + id + "'"));
        assertEquals(1L, count("select count(*) from processed_event where consumer = 'recorder' and event_id = '"
                + id + "'"));
    }

    @Test
    void aFailingEventIsRetriedThenDeadLetteredAndTheNextOneStillProcessed() {
        String failing = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        send(cloudEvent(failing, RecordingHandler.FAILING, "{}"));
        send(cloudEvent(after, RecordingHandler.RECORDED, "{}"));
        awaitCount("select count(*) from handled_event where event_id = '" + after + "'", 1);
        assertEquals(0L, count("select count(*) from handled_event where event_id = '" + failing + "'"),
                "the failed attempts left no partial effect");
        assertEquals(0L, count("select count(*) from processed_event where event_id = '" + failing + "'"));
        try (TopicReader reader = reader(RecordingHandler.TOPIC + ".dlq")) {
            List<ConsumerRecord<String, byte[]>> letters = reader.await(r -> failing.equals(TopicReader.header(r,
                    "ce_id")), 1, Duration.ofSeconds(20));
            assertEquals(1, letters.size());
            Map<String, String> headers = TopicReader.ceHeaders(letters.get(0));
            assertEquals("3", headers.get("dlq-attempts"));
            assertEquals("java.lang.IllegalStateException", headers.get("dlq-error-class"));
            assertTrue(headers.get("dlq-error-message").contains(failing));
            assertEquals(RecordingHandler.TOPIC, headers.get("dlq-original-topic"));
            assertEquals("recorder", headers.get("dlq-consumer"));
        }
    }

    @Test
    void theEventsOfOnePollShareATransaction() {
        List<String> ids = ids(60);
        sendAll(ids.stream().map(id -> cloudEvent(id, RecordingHandler.RECORDED_WITH_TRANSACTION, "{}")).toList());
        String of = "from handled_event where event_id in ('" + String.join("','", ids) + "')";
        awaitCount("select count(*) " + of, ids.size());
        long transactions = count("select count(distinct payload) " + of);
        assertTrue(transactions <= ids.size() / 10, ids.size() + " events took " + transactions + " transactions");
        assertEquals(ids.size(), count("select count(*) from processed_event where consumer = 'recorder' and"
                + " event_id in ('" + String.join("','", ids) + "')"));
    }

    @Test
    void aFailingEventAmongOthersOfItsPollCostsThemNothing() {
        List<String> ids = ids(40);
        String failing = UUID.randomUUID().toString();
        List<ProducerRecord<String, byte[]>> records = new java.util.ArrayList<>();
        ids.subList(0, 20).forEach(id -> records.add(cloudEvent(id, RecordingHandler.RECORDED, "{}")));
        records.add(cloudEvent(failing, RecordingHandler.FAILING, "{}"));
        ids.subList(20, 40).forEach(id -> records.add(cloudEvent(id, RecordingHandler.RECORDED, "{}")));
        records.add(cloudEvent(ids.get(0), RecordingHandler.RECORDED, "{}")); // redelivered within the same poll
        sendAll(records);
        String in = "('" + String.join("','", ids) + "')";
        awaitCount("select count(*) from handled_event where event_id in " + in, ids.size());
        try (TopicReader reader = reader(RecordingHandler.TOPIC + ".dlq")) {
            reader.await(r -> failing.equals(TopicReader.header(r, "ce_id")), 1, Duration.ofSeconds(20));
        }
        assertEquals(ids.size(), count("select count(*) from handled_event where event_id in " + in),
                "each event applied once");
        assertEquals(0L, count("select count(*) from handled_event where event_id = '" + failing + "'"));
    }

    @Test
    void unknownTypesAndRecordsThatAreNotCloudEventsAreDeadLetteredAtOnce() {
        String unknown = UUID.randomUUID().toString();
        send(cloudEvent(unknown, "convene.test.unheard-of.v1", "{}"));
        String key = "not-a-cloudevent-" + UUID.randomUUID();
        send(new ProducerRecord<>(RecordingHandler.TOPIC, key, "garbage".getBytes(StandardCharsets.UTF_8)));
        try (TopicReader reader = reader(RecordingHandler.TOPIC + ".dlq")) {
            ConsumerRecord<String, byte[]> letter = reader.await(r -> unknown.equals(TopicReader.header(r, "ce_id")),
                    1, Duration.ofSeconds(20)).get(0);
            assertEquals("1", TopicReader.header(letter, "dlq-attempts"));
            ConsumerRecord<String, byte[]> garbage = reader.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(20))
                    .get(0);
            assertEquals("garbage", new String(garbage.value(), StandardCharsets.UTF_8));
            assertTrue(TopicReader.header(garbage, "dlq-error-message") != null);
        }
    }

    private ProducerRecord<String, byte[]> cloudEvent(String id, String type, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(RecordingHandler.TOPIC, "key",
                json.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(id)).add("ce_type", bytes(type))
                .add("ce_source", bytes("/test")).add("ce_subject", bytes(id))
                .add("ce_time", bytes(OffsetDateTime.now(ZoneOffset.UTC).toString()))
                .add("content-type", bytes("application/json"));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(ProducerRecord<String, byte[]> record) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
    }

    /** One producer, every record handed over before the first is awaited: they reach the consumer together. */
    private static void sendAll(List<ProducerRecord<String, byte[]>> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            List<java.util.concurrent.Future<?>> sent = records.stream().<java.util.concurrent.Future<?>>map(
                    producer::send).toList();
            for (java.util.concurrent.Future<?> one : sent) {
                one.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TopicReader reader(String topic) {
        return new TopicReader(SharedInfrastructure.kafka().bootstrapServers(), topic);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private void awaitCount(String sql, long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count(sql) < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + sql);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
