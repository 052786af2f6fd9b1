package org.convene.notification;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.convene.platform.Ids;
import org.convene.platform.security.SealedSecrets;
import org.convene.testkit.Contracts;
import org.convene.testkit.SharedInfrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds events in exactly the shapes of the contracts between registration and notification, and publishes them
 * like the outbox relay does: CloudEvents binary mode, key = workshop id.
 */
final class TestEvents {

    static final String SEALING_KEY = "7odqLvD22/N7NBvAxvITl8dm50TghRScus08DwOcJk4=";
    static final SealedSecrets SECRETS = new SealedSecrets(SEALING_KEY);
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static KafkaProducer<String, byte[]> producer;

    private TestEvents() {
    }

    /** A workshop in Kolkata, starting at the given time, 7 hours long. */
    static ObjectNode workshop(UUID id, String title, OffsetDateTime startsAt, int sequence) {
        ObjectNode workshop = MAPPER.createObjectNode();
        workshop.put("id", id.toString());
        workshop.put("title", title);
        workshop.put("description", "Two days on flood-proof homes; bring your city's plans.");
        workshop.put("hostCityId", UUID.randomUUID().toString());
        workshop.put("venue", "Town Hall, 4 Esplanade Row West; Room 2");
        workshop.put("timezone", "Asia/Kolkata");
        workshop.put("startsAt", startsAt.toString());
        workshop.put("endsAt", startsAt.plusHours(7).toString());
        workshop.put("capacity", 30);
        workshop.put("status", "OPEN");
        workshop.put("sequence", sequence);
        return workshop;
    }

    /** The data of a registration.*.v1 event; {@code workshop} is a workshop.*.v1 data (the snapshot fields are taken). */
    static ObjectNode registration(UUID registrationId, ObjectNode workshop, String status, Integer position,
            String fullName, String email, String manageToken, String cancelledBy) {
        ObjectNode data = MAPPER.createObjectNode();
        data.put("registrationId", registrationId.toString());
        data.put("workshopId", workshop.get("id").asText());
        data.put("status", status);
        if (position == null) {
            data.putNull("waitlistPosition");
        } else {
            data.put("waitlistPosition", position);
        }
        data.put("fullName", fullName);
        data.put("email", email);
        data.putNull("memberId");
        data.putNull("cityId");
        data.put("registeredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        data.putNull("checkedInAt");
        if (cancelledBy == null) {
            data.putNull("cancelledBy");
        } else {
            data.put("cancelledBy", cancelledBy);
        }
        if (manageToken == null) {
            data.putNull("manageTokenSealed");
        } else {
            data.put("manageTokenSealed", SECRETS.seal(manageToken));
        }
        ObjectNode snapshot = data.putObject("workshop");
        for (String field : new String[] {"id", "title", "venue", "timezone", "startsAt", "endsAt", "sequence"}) {
            snapshot.set(field, workshop.get(field));
        }
        return data;
    }

    /** Publishes with a fresh ce_id, which it returns. */
    static String publish(String topic, String key, String type, String subject, byte[] data) {
        String id = Ids.newId().toString();
        publish(topic, key, type, subject, data, id);
        return id;
    }

    static void publish(String topic, String key, String type, String subject, byte[] data, String eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", type);
        header(record, "ce_source", "/registration-service");
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "ce_subject", subject);
        header(record, "content-type", "application/json");
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String publishRegistration(String type, ObjectNode data) {
        Contracts.assertValid(type, bytes(data));
        return publish("registration.registrations.v1", data.get("workshopId").asText(), type,
                data.get("registrationId").asText(), bytes(data));
    }

    static String publishWorkshop(String type, ObjectNode workshop) {
        Contracts.assertValid(type, bytes(workshop));
        return publish("registration.workshops.v1", workshop.get("id").asText(), type,
                workshop.get("id").asText(), bytes(workshop));
    }

    static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
