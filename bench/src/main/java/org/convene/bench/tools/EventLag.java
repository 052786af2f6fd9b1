package org.convene.bench.tools;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Event lag: commit of a registration → its event on Kafka → its email accepted by SMTP, over LAG_COUNT sign-ups
 * (default 1,000) at LAG_RATE per second (default 50) on a workshop with a seat for everyone, next to the broker's
 * own produce → consume latency measured at the same time (a producer with the outbox relay's settings: acks=all,
 * idempotent, linger 1 ms; a consumer polling in this process) on topic bench.latency.v1.
 *
 * <ul>
 * <li>commit time: the registration's {@code registeredAt} (set in the deciding transaction, just before its commit);
 * <li>event time: when this process consumed the record (ce_time is when the outbox row was written, the same
 * instant as registeredAt, so it says nothing about the relay);
 * <li>email time: the notification ledger's {@code sent_at} (convene_notification.notification, set once SMTP
 * accepted the message). GreenMail's IMAP INTERNALDATE has one-second resolution, too coarse for these figures.
 * </ul>
 */
public final class EventLag {

    private EventLag() {
    }

    record SignUp(UUID id, Instant registeredAt, Instant answeredAt) {
    }

    record Seen(Instant consumedAt, Instant ceTime, Instant brokerTime) {
    }

    public static void main(String[] args) throws Exception {
        int count = Bench.envInt("LAG_COUNT", 1000);
        int rate = Bench.envInt("LAG_RATE", 50);
        int drainSeconds = Bench.envInt("LAG_DRAIN_SECONDS", 120);
        Path out = Bench.outDir().resolve("event-lag.json");

        UUID workshop = Bench.createWorkshop("Event lag " + Long.toString(System.currentTimeMillis(), 36), count + 10,
                false);
        System.out.println("EventLag: workshop " + workshop + ", " + count + " sign-ups at " + rate + "/s");

        Map<UUID, Seen> events = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Latencies broker = new Latencies();

        // 1. the consumer of registration.registrations.v1, from the end, before the first sign-up
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig());
        List<TopicPartition> partitions = partitions(consumer, Bench.REGISTRATIONS_TOPIC);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        Thread eventReader = new Thread(() -> {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(java.time.Duration.ofMillis(100))) {
                    Instant now = Instant.now();
                    if (!workshop.toString().equals(record.key())) {
                        continue;
                    }
                    String subject = header(record, "ce_subject");
                    String ceTime = header(record, "ce_time");
                    if (subject != null) {
                        events.putIfAbsent(UUID.fromString(subject), new Seen(now,
                                ceTime == null ? null : OffsetDateTime.parse(ceTime).toInstant(),
                                Instant.ofEpochMilli(record.timestamp())));
                    }
                }
            }
            consumer.close();
        }, "event-reader");
        eventReader.start();

        // 2. the broker probe: same rate, its own topic, produce → consume in this process
        ensureTopic("bench.latency.v1");
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig());
        KafkaConsumer<String, byte[]> probeConsumer = new KafkaConsumer<>(consumerConfig());
        List<TopicPartition> probePartitions = partitions(probeConsumer, "bench.latency.v1");
        probeConsumer.assign(probePartitions);
        probeConsumer.seekToEnd(probePartitions);
        probePartitions.forEach(probeConsumer::position);
        Thread probeReader = new Thread(() -> {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : probeConsumer.poll(java.time.Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (record.value() != null && record.value().length == 8) {
                        broker.recordMicros((now - ByteBuffer.wrap(record.value()).getLong()) / 1000);
                    }
                }
            }
            probeConsumer.close();
        }, "probe-reader");
        probeReader.start();
        // 2b. a webhook to a receiver in this process: commit → its 2xx here (notification-service's webhooks)
        Map<UUID, Instant> hooked = new ConcurrentHashMap<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 64);
        receiver.createContext("/hook", exchange -> {
            Instant now = Instant.now();
            try (exchange) {
                JsonNode body = Bench.JSON.readTree(exchange.getRequestBody());
                if (workshop.toString().equals(body.path("workshopId").asText())) {
                    hooked.putIfAbsent(UUID.fromString(body.path("registrationId").asText()), now);
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();
        JsonNode webhook = Bench.expect(Bench.call("POST", Bench.NOTIFICATION + "/api/v1/webhooks", Map.of("url",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "eventTypes",
                List.of("convene.registration.confirmed.v1"), "description", "bench event lag"), true, null),
                "POST /webhooks", 201);
        Bench.sleep(1000); // both consumers positioned and fetching

        // 3. sign-ups at a constant rate (open model: one every 1/rate s whatever the answers take)
        Map<UUID, SignUp> signUps = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Latencies answer = new Latencies();
        ExecutorService workers = Executors.newFixedThreadPool(32);
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger issued = new AtomicInteger();
        long periodMicros = 1_000_000L / rate;
        ticker.scheduleAtFixedRate(() -> {
            int n = issued.incrementAndGet();
            if (n > count) {
                return;
            }
            workers.submit(() -> {
                Map<String, String> body = Map.of("fullName", "Lag Attendee " + n, "email",
                        "lag-" + run + "-" + n + "@bench.example");
                long started = System.nanoTime();
                Bench.Response response = Bench.call("POST",
                        Bench.REGISTRATION + "/api/v1/workshops/" + workshop + "/registrations", body, false,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                Instant answeredAt = Instant.now();
                answer.recordMicros((System.nanoTime() - started) / 1000);
                statuses.computeIfAbsent(response.status(), k -> new AtomicInteger()).incrementAndGet();
                if (response.status() == 201) {
                    JsonNode json = response.json();
                    UUID id = UUID.fromString(json.path("id").asText());
                    signUps.put(id, new SignUp(id, OffsetDateTime.parse(json.path("registeredAt").asText()).toInstant(),
                            answeredAt));
                }
            });
            // the broker probe, at the same rate
            ByteBuffer value = ByteBuffer.allocate(8).putLong(System.nanoTime());
            producer.send(new ProducerRecord<>("bench.latency.v1", "probe", value.array()));
        }, 0, periodMicros, TimeUnit.MICROSECONDS);

        long deadline = System.currentTimeMillis() + (count * 1000L / rate) + 30_000;
        while (issued.get() < count && System.currentTimeMillis() < deadline) {
            Bench.sleep(200);
        }
        ticker.shutdown();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        producer.flush();
        System.out.println("EventLag: " + signUps.size() + " sign-ups answered 201; statuses " + statuses);

        // 4. wait for every event, then for every email in the ledger
        long eventsDeadline = System.currentTimeMillis() + drainSeconds * 1000L;
        while (!events.keySet().containsAll(signUps.keySet()) && System.currentTimeMillis() < eventsDeadline) {
            Bench.sleep(200);
        }
        Map<UUID, Instant> sent = new HashMap<>();
        long mailDeadline = System.currentTimeMillis() + drainSeconds * 1000L;
        while (System.currentTimeMillis() < mailDeadline) {
            sent = ledgerSentAt(workshop);
            if (sent.keySet().containsAll(signUps.keySet())) {
                break;
            }
            Bench.sleep(500);
        }
        long hooksDeadline = System.currentTimeMillis() + drainSeconds * 1000L;
        while (!hooked.keySet().containsAll(signUps.keySet()) && System.currentTimeMillis() < hooksDeadline) {
            Bench.sleep(200);
        }
        Bench.call("DELETE", Bench.NOTIFICATION + "/api/v1/webhooks/" + webhook.path("id").asText(), null, true, null);
        receiver.stop(0);
        running.set(false);
        eventReader.join(5000);
        probeReader.join(5000);
        producer.close();

        Latencies commitToEvent = new Latencies();
        Latencies eventToEmail = new Latencies();
        Latencies commitToEmail = new Latencies();
        Latencies answerToEvent = new Latencies();
        Latencies commitToWebhook = new Latencies();
        int missingEvents = 0;
        int missingEmails = 0;
        int missingWebhooks = 0;
        for (SignUp signUp : signUps.values()) {
            Seen seen = events.get(signUp.id());
            Instant sentAt = sent.get(signUp.id());
            if (seen == null) {
                missingEvents++;
            } else {
                commitToEvent.recordMicros(micros(signUp.registeredAt(), seen.consumedAt()));
                answerToEvent.recordMicros(micros(signUp.answeredAt(), seen.consumedAt()));
            }
            Instant hookedAt = hooked.get(signUp.id());
            if (hookedAt == null) {
                missingWebhooks++;
            } else {
                commitToWebhook.recordMicros(micros(signUp.registeredAt(), hookedAt));
            }
            if (sentAt == null) {
                missingEmails++;
            } else {
                commitToEmail.recordMicros(micros(signUp.registeredAt(), sentAt));
                if (seen != null) {
                    eventToEmail.recordMicros(micros(seen.consumedAt(), sentAt));
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workshopId", workshop.toString());
        result.put("signUps", count);
        result.put("rate", rate);
        result.put("answered201", signUps.size());
        result.put("statuses", statuses);
        result.put("signUpAnswerMs", answer.summary());
        result.put("commitToEventMs", commitToEvent.summary());
        result.put("answerToEventMs", answerToEvent.summary());
        result.put("eventToEmailMs", eventToEmail.summary());
        result.put("commitToEmailMs", commitToEmail.summary());
        result.put("commitToWebhookMs", commitToWebhook.summary());
        result.put("missingWebhooks", missingWebhooks);
        result.put("brokerProduceToConsumeMs", broker.summary());
        result.put("missingEvents", missingEvents);
        result.put("missingEmails", missingEmails);
        result.put("times", "commit = registeredAt; event = consumed by the bench (registration.registrations.v1);"
                + " email = notification.sent_at of the ledger (SMTP accepted); webhook = its POST reached a receiver in"
                + " the bench (a webhook of notification-service for registration.confirmed)");
        Bench.writeJson(out, result);
        System.out.println("EventLag: " + Bench.JSON.writeValueAsString(result));
        System.exit(0);
    }

    static long micros(Instant from, Instant to) {
        return java.time.Duration.between(from, to).toNanos() / 1000;
    }

    static Map<UUID, Instant> ledgerSentAt(UUID workshop) throws Exception {
        Map<UUID, Instant> sent = new HashMap<>();
        try (Connection connection = Bench.db("convene_notification");
                var statement = connection.prepareStatement("select registration_id, sent_at from notification"
                        + " where workshop_id = ? and status = 'SENT' and registration_id is not null")) {
            statement.setObject(1, workshop);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    sent.putIfAbsent((UUID) rs.getObject(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return sent;
    }

    /**
     * Reads the assigned partitions up to their current end and adds, for each sign-up of {@code workshop}
     * (registration.confirmed / .waitlisted), its ce_id under its subject (the registration id) to {@code eventIds}, and
     * counts each ce_id seen in {@code ceIdSeen} (a redelivery shows as a count above one).
     */
    static void readSignUpEvents(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions, UUID workshop,
            Map<UUID, Set<String>> eventIds, Map<String, Integer> ceIdSeen) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(java.time.Duration.ofMillis(500))) {
                String type = header(record, "ce_type");
                String subject = header(record, "ce_subject");
                String ceId = header(record, "ce_id");
                if (workshop.toString().equals(record.key()) && type != null && subject != null && ceId != null
                        && (type.endsWith("registration.confirmed.v1") || type.endsWith("registration.waitlisted.v1"))) {
                    eventIds.computeIfAbsent(UUID.fromString(subject), k -> new java.util.HashSet<>()).add(ceId);
                    ceIdSeen.merge(ceId, 1, Integer::sum);
                }
            }
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 30_000;
        while (partitions.isEmpty() && System.currentTimeMillis() < deadline) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, java.time.Duration.ofSeconds(5));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            if (partitions.isEmpty()) {
                Bench.sleep(500);
            }
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " has no partitions (does it exist?)");
        }
        return partitions;
    }

    static void ensureTopic(String topic) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Bench.KAFKA);
        try (Admin admin = Admin.create(config)) {
            Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            if (!names.contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            }
        }
    }

    static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Bench.KAFKA);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return config;
    }

    static Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Bench.KAFKA);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }
}
