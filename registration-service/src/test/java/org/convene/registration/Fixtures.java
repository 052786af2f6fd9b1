package org.convene.registration;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TestTokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;

/** Test data through the real entry points: directory events on Kafka, the HTTP API, and SQL to check the database. */
final class Fixtures {

    static final String TOKEN = TestTokens.organiser();
    private static UUID sharedCity;
    private static KafkaProducer<String, byte[]> producer;

    private Fixtures() {
    }

    /** A city known to the replica, announced once per test JVM the way the directory does. */
    static synchronized UUID city() {
        if (sharedCity == null) {
            sharedCity = newCity("Kolkata");
        }
        return sharedCity;
    }

    static UUID newCity(String name) {
        UUID id = UUID.randomUUID();
        publishDirectoryEvent("directory.cities.v1", "convene.city.created.v1", id,
                "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"countryCode\": \"IN\", \"region\": \"South Asia\"}");
        awaitRow("select 1 from city_replica where id = '" + id + "'");
        return id;
    }

    static void publishDirectoryEvent(String topic, String type, UUID subject, String data) {
        publishDirectoryEvent(topic, type, subject, data.getBytes(StandardCharsets.UTF_8), UUID.randomUUID().toString());
    }

    static synchronized void publishDirectoryEvent(String topic, String type, UUID subject, byte[] data, String eventId) {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers());
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, subject.toString(), data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", type);
        header(record, "ce_source", "/directory-service");
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "ce_subject", subject.toString());
        header(record, "content-type", "application/json");
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Object> workshopBody(int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Heat resilience " + UUID.randomUUID().toString().substring(0, 6));
        body.put("description", "Practice exchange");
        body.put("hostCityId", city().toString());
        body.put("venue", "Town Hall, Kolkata");
        body.put("timezone", "Asia/Kolkata");
        body.put("startsAt", "2027-03-03T09:30:00+05:30");
        body.put("endsAt", "2027-03-04T17:00:00+05:30");
        body.put("capacity", capacity);
        return body;
    }

    /** A workshop body of {@code capacity} seats asking one optional free-text question {@code key}. */
    static Map<String, Object> withTextQuestion(int capacity, String key) {
        Map<String, Object> body = workshopBody(capacity);
        body.put("questions", List.of(Map.of("key", key, "label", "Question " + key, "type", "TEXT")));
        return body;
    }

    static String createWorkshop(Map<String, Object> body) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/workshops")
                .then().statusCode(201).extract().path("id");
    }

    static String openWorkshop(int capacity) {
        return openWorkshop(workshopBody(capacity));
    }

    static String openWorkshop(Map<String, Object> body) {
        String id = createWorkshop(body);
        given().auth().oauth2(TOKEN).post("/api/v1/workshops/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static Map<String, Object> attendee(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name);
        body.put("email", name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        return body;
    }

    /** Signs up and returns the answer as a map (id, status, waitlistPosition, manageToken, ...). */
    static Map<String, Object> signUp(String workshopId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/workshops/" + workshopId + "/registrations")
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }

    /** Rows of a query as maps column → value. */
    static List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitRow(String sql) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (query(sql).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no row for " + sql + " within 30 s");
            }
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Per-workshop facts straight from the database. */
    static Map<String, Object> workshopRow(String workshopId) {
        return query("select * from workshop where id = ?::uuid", workshopId).get(0);
    }
}
