package org.convene.directory;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TestTokens;
import org.convene.testkit.TopicReader;

import io.restassured.http.ContentType;

/** Creates what a test needs through the API, and reads what the service published. */
final class Fixtures {

    static final String TOKEN = TestTokens.organiser();

    private Fixtures() {
    }

    static String unique(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String uniqueEmail(String local) {
        return local + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static String city(String name, String countryCode) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "countryCode", countryCode, "region", "South Asia"))
                .post("/api/v1/cities").then().statusCode(201).extract().path("id");
    }

    static String city() {
        return city(unique("Khulna"), "BD");
    }

    static String organisation(String name, String kind, String cityId) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", kind, "cityId", cityId))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    static String member(String fullName, String email, String cityId) {
        return member(fullName, email, cityId, null);
    }

    static String member(String fullName, String email, String cityId, String organisationId) {
        Map<String, Object> body = new HashMap<>(Map.of("fullName", fullName, "email", email, "cityId", cityId));
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
    }

    /** The events published about {@code subject} on {@code topic}, once at least {@code count} are there. */
    static List<ConsumerRecord<String, byte[]>> events(String topic, String subject, int count) {
        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(), topic)) {
            return reader.await(TopicReader.withSubject(subject), count, Duration.ofSeconds(20));
        }
    }

    static ConsumerRecord<String, byte[]> event(String topic, String subject, String type) {
        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> found = reader.await(
                    TopicReader.withSubject(subject).and(TopicReader.ofType(type)), 1, Duration.ofSeconds(20));
            if (found.isEmpty()) {
                throw new AssertionError("no " + type + " about " + subject + " on " + topic);
            }
            return found.get(found.size() - 1);
        }
    }
}
