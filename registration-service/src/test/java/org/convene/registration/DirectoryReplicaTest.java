package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The replica of the directory, fed with the contract examples exactly as the directory publishes them. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class DirectoryReplicaTest {

    private static final UUID EXAMPLE_CITY = UUID.fromString("0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20");
    private static final UUID EXAMPLE_MEMBER = UUID.fromString("0193a4b1-7b3d-7a10-8c2e-3a7d9f5b2c31");

    @Test
    void citiesAndMembersFromTheContractExamples() {
        publish("directory.cities.v1", "convene.city.created.v1", EXAMPLE_CITY);
        Fixtures.awaitRow("select 1 from city_replica where id = '" + EXAMPLE_CITY + "' and region = 'South Asia'");
        publish("directory.cities.v1", "convene.city.updated.v1", EXAMPLE_CITY);
        Fixtures.awaitRow("select 1 from city_replica where id = '" + EXAMPLE_CITY
                + "' and region = 'South Asia (East)'");
        Map<String, Object> city = Fixtures.query("select * from city_replica where id = ?", EXAMPLE_CITY).get(0);
        assertEquals("Kolkata", city.get("name"));
        assertEquals("IN", city.get("country_code"));

        publish("directory.members.v1", "convene.member.created.v1", EXAMPLE_MEMBER);
        Fixtures.awaitRow("select 1 from member_replica where id = '" + EXAMPLE_MEMBER
                + "' and email = 'anindita.sen@kmc.example'");
        publish("directory.members.v1", "convene.member.updated.v1", EXAMPLE_MEMBER);
        Fixtures.awaitRow("select 1 from member_replica where id = '" + EXAMPLE_MEMBER
                + "' and email = 'anindita@kmc.example'");

        // The replica is what sign-ups check cityId and memberId against.
        String workshop = Fixtures.openWorkshop(Fixtures.withTextQuestion(1, "dietary"));
        Map<String, Object> member = Map.of("fullName", "অনিন্দিতা সেন", "email", "anindita@kmc.example",
                "cityId", EXAMPLE_CITY.toString(), "memberId", EXAMPLE_MEMBER.toString(),
                "organisation", "Kolkata Municipal Corporation", "answers", Map.of("dietary", "none"));
        Map<String, Object> signedUp = Fixtures.signUp(workshop, member);
        // Same person signs up again under another address, linked by email only this time, and gets waitlisted.
        Map<String, Object> byEmail = Fixtures.signUp(Fixtures.openWorkshop(1),
                Map.of("fullName", "Anindita Sen", "email", "ANINDITA@kmc.example"));
        Map<String, Object> stranger = Fixtures.signUp(workshop, Fixtures.attendee("Not Erased"));
        assertEquals("WAITLISTED", stranger.get("status"));

        // member.erased: that person's registrations are anonymised; statuses and counts stay.
        publish("directory.members.v1", "convene.member.erased.v1", EXAMPLE_MEMBER);
        Fixtures.awaitRow("select 1 from registration where id = '" + signedUp.get("id")
                + "' and anonymised_at is not null");
        Fixtures.awaitRow("select 1 from registration where id = '" + byEmail.get("id")
                + "' and anonymised_at is not null");
        Map<String, Object> erased = Fixtures.query("select * from registration where id = ?::uuid",
                signedUp.get("id")).get(0);
        assertEquals("Erased attendee", erased.get("full_name"));
        assertTrue(((String) erased.get("email")).endsWith("@erased.invalid"));
        assertNull(erased.get("organisation"));
        assertNull(erased.get("answers"));
        assertEquals("CONFIRMED", erased.get("status"));
        given().auth().oauth2(TOKEN).get("/api/v1/registrations/" + signedUp.get("id")).then().statusCode(200)
                .body("fullName", equalTo("Erased attendee")).body("status", equalTo("CONFIRMED"));
        given().get("/api/v1/workshops/" + workshop).then().body("confirmedCount", equalTo(1))
                .body("waitlistCount", equalTo(1));
        assertEquals(0L, Fixtures.query("select count(*) as n from outbox_event where subject = ?",
                signedUp.get("id")).get(0).get("n"), "no event about the erased person is kept for replay");
        Map<String, Object> untouched = Fixtures.query("select * from registration where id = ?::uuid",
                stranger.get("id")).get(0);
        assertEquals("Not Erased", untouched.get("full_name"));
        Map<String, Object> replica = Fixtures.query("select * from member_replica where id = ?", EXAMPLE_MEMBER)
                .get(0);
        assertEquals(true, replica.get("erased"));
        assertNull(replica.get("email"));
        assertNull(replica.get("full_name"));

        // A late member.updated does not bring the person back, and the erased id no longer signs up.
        publish("directory.members.v1", "convene.member.updated.v1", EXAMPLE_MEMBER);
        given().contentType(ContentType.JSON).body(Map.of("fullName", "X", "email", "x@example.org", "memberId",
                EXAMPLE_MEMBER.toString())).post("/api/v1/workshops/" + Fixtures.openWorkshop(3) + "/registrations")
                .then().statusCode(422);
        assertNull(Fixtures.query("select email from member_replica where id = ?", EXAMPLE_MEMBER).get(0)
                .get("email"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID city = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        byte[] created = ("{\"id\": \"" + city + "\", \"name\": \"Dhaka\", \"countryCode\": \"BD\", \"region\": null}")
                .getBytes(StandardCharsets.UTF_8);
        Fixtures.publishDirectoryEvent("directory.cities.v1", "convene.city.created.v1", city, created, eventId);
        Fixtures.awaitRow("select 1 from processed_event where event_id = '" + eventId + "'");
        Fixtures.publishDirectoryEvent("directory.cities.v1", "convene.city.created.v1", city, created, eventId);
        assertEquals(1L, Fixtures.query("select count(*) as n from processed_event where event_id = ?", eventId)
                .get(0).get("n"));
        assertEquals("Dhaka", Fixtures.query("select name from city_replica where id = ?", city).get(0).get("name"));
    }

    @Test
    void anUnknownEventTypeGoesToTheDeadLetterTopic() {
        UUID subject = UUID.randomUUID();
        Fixtures.publishDirectoryEvent("directory.members.v1", "convene.member.teleported.v1", subject,
                ("{\"id\": \"" + subject + "\"}").getBytes(StandardCharsets.UTF_8), UUID.randomUUID().toString());
        try (TopicReader dlq = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "directory.members.v1.dlq")) {
            List<ConsumerRecord<String, byte[]>> letters = dlq.await(TopicReader.withSubject(subject.toString()), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, letters.size());
            assertEquals("directory-replica", TopicReader.header(letters.get(0), "dlq-consumer"));
        }
    }

    private static void publish(String topic, String type, UUID subject) {
        Fixtures.publishDirectoryEvent(topic, type, subject, Contracts.example(type), UUID.randomUUID().toString());
    }
}
