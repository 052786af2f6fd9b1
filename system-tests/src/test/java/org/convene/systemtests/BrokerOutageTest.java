package org.convene.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * The broker goes away during sign-ups: every sign-up still gets its 201 (the outbox holds the events), and once the
 * broker is back every event arrives and every confirmed attendee gets their email.
 */
class BrokerOutageTest {

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void signUpsSucceedWithoutTheBrokerAndEveryEventArrivesWhenItIsBack() {
        String cityId = Api.createCity(system, "Dhaka");
        String title = "Broker outage drill " + UUID.randomUUID().toString().substring(0, 6);
        String workshopId = Api.openWorkshop(system, cityId, title, 5);
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        Map<String, String> statusById = new HashMap<>();
        Map<String, String> emailById = new HashMap<>();
        system.kafka.stop();
        try {
            for (int i = 0; i < 10; i++) {
                String email = "attendee" + i + "." + suffix + "@example.org";
                long started = System.nanoTime();
                Response response = Api.signUp(system, workshopId, "Attendee " + i, email);
                assertEquals(201, response.statusCode(), "sign-up " + i + " with the broker down: " + response.asString());
                assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(),
                        "a sign-up never waits for the broker");
                statusById.put(response.path("id"), response.path("status"));
                emailById.put(response.path("id"), email);
            }
        } finally {
            system.kafka.start();
        }
        assertEquals(5, statusById.values().stream().filter("CONFIRMED"::equals).count());
        assertEquals(5, statusById.values().stream().filter("WAITLISTED"::equals).count());

        try (TopicReader reader = new TopicReader(system.kafka.bootstrapServers(), "registration.registrations.v1")) {
            List<ConsumerRecord<String, byte[]>> events = reader.await(
                    r -> statusById.containsKey(TopicReader.header(r, "ce_subject")), 10, Duration.ofSeconds(60));
            Set<String> subjects = new HashSet<>();
            List<String> eventIds = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> event : events) {
                subjects.add(TopicReader.header(event, "ce_subject"));
                eventIds.add(TopicReader.header(event, "ce_id"));
                assertEquals(workshopId, event.key(), "registration events are keyed by workshop");
            }
            assertEquals(statusById.keySet(), subjects, "every registration has its event");
            assertEquals(10, new HashSet<>(eventIds).size(), "one event per registration");
        }

        ImapMailbox imap = new ImapMailbox(system.mail.imapPort());
        for (Map.Entry<String, String> registration : statusById.entrySet()) {
            if ("CONFIRMED".equals(registration.getValue())) {
                String email = emailById.get(registration.getKey());
                assertEquals(1, imap.await(email, mail -> mail.subject().contains(title)
                        && mail.text().contains("BEGIN:VCALENDAR"), 1, Duration.ofSeconds(60)).size(),
                        "the confirmation of " + email + " arrives once");
            }
        }
    }
}
