package org.convene.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.convene.notification.domain.Member;
import org.convene.notification.domain.NotificationType;
import org.convene.notification.repository.MemberRepository;
import org.convene.notification.service.Reminders;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every notification type has Bengali templates, rendering what the English ones render, in Bengali. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class BengaliTemplatesTest {

    static final Pattern BENGALI = Pattern.compile("[\\u0980-\\u09FF]");
    /** A Qute expression or section tag left in the output, or the placeholder of an unresolved value. */
    static final Pattern UNRESOLVED = Pattern.compile("\\{[#/!@]?[A-Za-z_]|NOT_FOUND");
    static final String[] FORMATS = {"html", "txt"};

    @Inject
    Engine engine;

    @Inject
    Reminders reminders;

    @Inject
    MemberRepository members;

    @Test
    void everyTypeHasBengaliTemplatesThatRenderTheEnglishData() {
        for (NotificationType type : NotificationType.values()) {
            for (String format : FORMATS) {
                String base = "emails/" + type.templateName() + ".";
                Template english = engine.getTemplate(base + "en." + format);
                Template bengali = engine.getTemplate(base + "bn." + format);
                assertNotNull(english, base + "en." + format);
                assertNotNull(bengali, "a Bengali template: " + base + "bn." + format);
                for (boolean everything : new boolean[] {true, false}) {
                    Map<String, Object> data = data(type, everything);
                    String label = base + "bn." + format + (everything ? " (all optional parts)" : " (none)");
                    String en = english.data(data).render();
                    String bn = bengali.data(data).render();
                    assertFalse(BENGALI.matcher(en).find(), "the English template has no Bengali: " + en);
                    assertTrue(BENGALI.matcher(bn).find(), "Bengali script in " + label + ": " + bn);
                    assertFalse(UNRESOLVED.matcher(bn).find(), "nothing unresolved in " + label + ": " + bn);
                    assertFalse(bn.contains("Dear "), "not English: " + label + ": " + bn);
                    for (String value : values(data)) {
                        assertEquals(en.contains(value), bn.contains(value),
                                "'" + value + "' is in both or neither of the en and bn " + label + "\n--- en\n" + en
                                        + "\n--- bn\n" + bn);
                    }
                    if ("html".equals(format)) {
                        assertTrue(bn.contains("<html lang=\"bn\">"), label + ": " + bn);
                    }
                }
            }
        }
    }

    @Test
    void aBengaliSpeakerGetsEveryEmailInBengali() throws Exception {
        String name = "Anindita Sen";
        String title = "Heatwave preparedness";
        String ana = bengaliMember("anindita-bn");
        String bina = bengaliMember("bina-bn");
        UUID anaId = memberId(ana);
        UUID binaId = memberId(bina);

        // Waitlisted, promoted, reminded, an announcement, the workshop moved, then cancelled.
        UUID workshopId = UUID.randomUUID();
        OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.UTC).plusHours(24).withNano(0);
        ObjectNode workshop = TestEvents.workshop(workshopId, title, starts, 0);
        UUID registrationId = UUID.randomUUID();
        ObjectNode waitlisted = TestEvents.registration(registrationId, workshop, "WAITLISTED", 1, name, ana,
                "tok-ana", null);
        waitlisted.put("memberId", anaId.toString());
        TestEvents.publishRegistration("convene.registration.waitlisted.v1", waitlisted);
        Mailbox.await(ana, 1, Duration.ofSeconds(30));
        ObjectNode promoted = TestEvents.registration(registrationId, workshop, "CONFIRMED", null, name, ana,
                "tok-ana", null);
        promoted.put("memberId", anaId.toString());
        TestEvents.publishRegistration("convene.registration.promoted.v1", promoted);
        Mailbox.await(ana, 2, Duration.ofSeconds(30));
        reminders.queueDue(Instant.now());
        Mailbox.await(ana, 3, Duration.ofSeconds(30));
        given().auth().oauth2(TestTokens.organiser()).contentType(ContentType.JSON)
                .body(Map.of("workshopId", workshopId, "subject", "Room change", "body", "We meet in Hall B."))
                .post("/api/v1/announcements").then().statusCode(202);
        Mailbox.await(ana, 4, Duration.ofSeconds(30));
        TestEvents.publishWorkshop("convene.workshop.updated.v1",
                TestEvents.workshop(workshopId, title, starts.plusHours(1), 1));
        Mailbox.await(ana, 5, Duration.ofSeconds(30));
        ObjectNode cancelledWorkshop = TestEvents.workshop(workshopId, title, starts.plusHours(1), 2);
        cancelledWorkshop.put("status", "CANCELLED");
        TestEvents.publishWorkshop("convene.workshop.cancelled.v1", cancelledWorkshop);
        List<MimeMessage> toAna = Mailbox.await(ana, 6, Duration.ofSeconds(30));

        // Confirmed, then cancelled by the attendee, on another workshop.
        ObjectNode other = TestEvents.workshop(UUID.randomUUID(), title, starts.plusDays(10), 0);
        UUID otherRegistration = UUID.randomUUID();
        ObjectNode confirmed = TestEvents.registration(otherRegistration, other, "CONFIRMED", null, name, bina,
                "tok-bina", null);
        confirmed.put("memberId", binaId.toString());
        TestEvents.publishRegistration("convene.registration.confirmed.v1", confirmed);
        Mailbox.await(bina, 1, Duration.ofSeconds(30));
        ObjectNode cancelled = TestEvents.registration(otherRegistration, other, "CANCELLED", null, name, bina, null,
                "ATTENDEE");
        cancelled.put("memberId", binaId.toString());
        TestEvents.publishRegistration("convene.registration.cancelled.v1", cancelled);
        List<MimeMessage> toBina = Mailbox.await(bina, 2, Duration.ofSeconds(30));

        Map<String, NotificationType> expected = new LinkedHashMap<>();
        expected.put("অপেক্ষমাণ তালিকায় (1): " + title, NotificationType.WAITLISTED);
        expected.put("আসন পাওয়া গেছে: " + title, NotificationType.PROMOTED);
        expected.put("স্মরণ করিয়ে দেওয়া: " + title, NotificationType.REMINDER);
        expected.put("Room change", NotificationType.ANNOUNCEMENT);
        expected.put("কর্মশালার পরিবর্তন: " + title, NotificationType.WORKSHOP_UPDATED);
        expected.put("কর্মশালা বাতিল: " + title, NotificationType.WORKSHOP_CANCELLED);
        expected.put("আপনার নিবন্ধন নিশ্চিত: " + title, NotificationType.CONFIRMATION);
        expected.put("আপনার নিবন্ধন বাতিল হয়েছে: " + title, NotificationType.CANCELLED);
        assertEquals(6, toAna.size(), "six emails to the first member");
        assertEquals(2, toBina.size(), "two emails to the second member");
        Map<String, MimeMessage> bySubject = new HashMap<>();
        for (MimeMessage message : toAna) {
            bySubject.put(message.getSubject(), message);
        }
        for (MimeMessage message : toBina) {
            bySubject.put(message.getSubject(), message);
        }
        assertEquals(expected.keySet(), bySubject.keySet(), "one Bengali email of every type");
        for (Map.Entry<String, NotificationType> entry : expected.entrySet()) {
            MimeMessage message = bySubject.get(entry.getKey());
            String text = Mailbox.part(message, "text/plain");
            String html = Mailbox.part(message, "text/html");
            for (String part : new String[] {text, html}) {
                assertNotNull(part, entry.getValue() + ": both parts");
                assertTrue(part.contains("প্রিয় " + name), entry.getValue() + " in Bengali: " + part);
                assertFalse(part.contains("Dear "), entry.getValue() + " not English: " + part);
                assertTrue(BENGALI.matcher(part).find(), entry.getValue() + ": " + part);
                assertFalse(UNRESOLVED.matcher(part).find(), entry.getValue() + " unresolved: " + part);
            }
            assertTrue(html.contains("<html lang=\"bn\">"), entry.getValue() + ": " + html);
        }
        assertTrue(Mailbox.part(bySubject.get("Room change"), "text/plain").contains("We meet in Hall B."));
    }

    /** The template data, as EmailComposer builds it from a ledger row of this type. */
    private static Map<String, Object> data(NotificationType type, boolean everything) {
        Map<String, Object> workshop = new HashMap<>();
        workshop.put("title", "Heatwave preparedness");
        workshop.put("venue", everything ? "Town Hall, 4 Esplanade Row West; Room 2" : null);
        workshop.put("when", "Thursday 5 December 2030, 10:00 – 17:00 (Asia/Kolkata)");
        Map<String, Object> data = new HashMap<>();
        data.put("name", "Anindita Sen");
        data.put("subject", "Subject of the " + type.templateName() + " email");
        data.put("workshop", workshop);
        data.put("position", type == NotificationType.WAITLISTED
                || everything && type == NotificationType.TRANSFER_RECEIVED ? 43 : null);
        data.put("manageLink", everything ? "http://localhost:8082/api/v1/registrations/r-1?token=manage-tok" : null);
        data.put("body", type == NotificationType.ANNOUNCEMENT ? "We meet in Hall B." : "");
        data.put("hasCalendar", everything);
        data.put("preferencesLink", "http://localhost:8083/api/v1/preferences?token=pref-tok");
        data.put("unsubscribeLink", "http://localhost:8083/api/v1/unsubscribe?token=unsub-tok");
        data.put("essential", type.essential());
        data.put("reason", everything && type == NotificationType.APPLICATION_REJECTED
                ? "The spring workshop fits your role better." : null);
        data.put("colleague", everything && type == NotificationType.TRANSFER_SENT ? "Farhana Akter" : null);
        boolean invitation = everything && type == NotificationType.INVITATION;
        data.put("acceptLink", invitation ? "http://localhost:8080/invitations/i-1?token=inv-tok&answer=accept" : null);
        data.put("declineLink", invitation ? "http://localhost:8080/invitations/i-1?token=inv-tok&answer=decline" : null);
        return data;
    }

    /** The values the templates may show, for comparing what the English and Bengali ones show. */
    @SuppressWarnings("unchecked")
    private static List<String> values(Map<String, Object> data) {
        Map<String, Object> workshop = (Map<String, Object>) data.get("workshop");
        return java.util.stream.Stream.of(data.get("name"), data.get("subject"), workshop.get("title"),
                workshop.get("venue"), workshop.get("when"), data.get("position"), data.get("manageLink"),
                data.get("body"), data.get("preferencesLink"), data.get("unsubscribeLink"), data.get("reason"),
                data.get("colleague"), data.get("acceptLink"), data.get("declineLink"))
                .filter(value -> value != null && !value.toString().isEmpty())
                .map(Object::toString)
                .toList();
    }

    /** Publishes a directory member preferring Bengali; returns its email once the replica knows it. */
    private String bengaliMember(String name) throws Exception {
        ObjectNode member = (ObjectNode) TestEvents.MAPPER.readTree(Contracts.example("convene.member.created.v1"));
        UUID memberId = UUID.randomUUID();
        String email = TestEvents.uniqueEmail(name);
        member.put("id", memberId.toString());
        member.put("email", email);
        member.put("preferredLanguage", "bn");
        Contracts.assertValid("convene.member.created.v1", TestEvents.bytes(member));
        TestEvents.publish("directory.members.v1", memberId.toString(), "convene.member.created.v1",
                memberId.toString(), TestEvents.bytes(member));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (memberId(email) == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(memberId, memberId(email), "the member replica caught up");
        return email;
    }

    private UUID memberId(String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Member member = members.byEmail(email);
            return member == null ? null : member.id;
        });
    }
}
