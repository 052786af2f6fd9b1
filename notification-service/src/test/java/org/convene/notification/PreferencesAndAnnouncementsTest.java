package org.convene.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.convene.notification.service.PreferenceTokens;
import org.convene.notification.service.Reminders;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class PreferencesAndAnnouncementsTest {

    static final String CONFIRMED = "convene.registration.confirmed.v1";
    static final Pattern TOKEN = Pattern.compile("8080/preferences\\?token=([^\\s\"<&]+)");

    @Inject
    PreferenceTokens tokens;

    @Inject
    Reminders reminders;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    private static String tokenIn(MimeMessage message) throws Exception {
        Matcher matcher = TOKEN.matcher(Mailbox.part(message, "text/plain"));
        assertTrue(matcher.find(), "a preferences link");
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static String organiser() {
        return TestTokens.organiser();
    }

    @Test
    void unsubscribeSuppressesAnAnnouncementButNotAConfirmation() throws Exception {
        UUID workshopId = UUID.randomUUID();
        ObjectNode workshop = TestEvents.workshop(workshopId, "Clean air", OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(20), 0);
        String quitter = TestEvents.uniqueEmail("gita");
        String stayer = TestEvents.uniqueEmail("hasan");
        TestEvents.publishRegistration(CONFIRMED, TestEvents.registration(UUID.randomUUID(), workshop, "CONFIRMED",
                null, "Gita Pal", quitter, "t-g", null));
        TestEvents.publishRegistration(CONFIRMED, TestEvents.registration(UUID.randomUUID(), workshop, "CONFIRMED",
                null, "Hasan Ali", stayer, "t-h", null));
        String token = tokenIn(Mailbox.await(quitter, 1, Duration.ofSeconds(30)).get(0));
        Mailbox.await(stayer, 1, Duration.ofSeconds(30));

        given().queryParam("token", token).get("/api/v1/preferences").then().statusCode(200)
                .body("email", equalTo(quitter)).body("reminders", equalTo(true))
                .body("announcements", equalTo(true));
        // RFC 8058: the mail client POSTs List-Unsubscribe=One-Click as a form.
        given().queryParam("token", token).contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click").post("/api/v1/unsubscribe")
                .then().statusCode(200).body("announcements", equalTo(false)).body("reminders", equalTo(false));

        given().auth().oauth2(organiser()).contentType(ContentType.JSON)
                .body(Map.of("workshopId", workshopId, "subject", "Room change", "body", "We meet in Hall B."))
                .post("/api/v1/announcements").then().statusCode(202)
                .body("queued", equalTo(1)).body("suppressed", equalTo(1)).body("id", notNullValue());

        MimeMessage announcement = Mailbox.await(stayer, 2, Duration.ofSeconds(30)).get(1);
        assertEquals("Room change", announcement.getSubject());
        assertTrue(Mailbox.part(announcement, "text/plain").contains("We meet in Hall B."));
        // the links in the body open the portal's pages; the header stays the one-click POST of this service
        assertTrue(Mailbox.part(announcement, "text/plain").contains("http://127.0.0.1:8080/unsubscribe?token="));
        String unsubscribe = announcement.getHeader("List-Unsubscribe")[0];
        assertTrue(unsubscribe.startsWith("<http://localhost:8083/api/v1/unsubscribe?token="), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", announcement.getHeader("List-Unsubscribe-Post")[0]);
        given().auth().oauth2(organiser()).queryParam("recipient", quitter).queryParam("type", "ANNOUNCEMENT")
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].status", equalTo("SUPPRESSED"));

        // Essential mail is always sent.
        TestEvents.publishRegistration(CONFIRMED, TestEvents.registration(UUID.randomUUID(), workshop, "CONFIRMED",
                null, "Gita Pal", quitter, "t-g2", null));
        assertEquals(2, Mailbox.await(quitter, 2, Duration.ofSeconds(30)).size());
        assertEquals(2, Mailbox.settle(quitter, Duration.ofSeconds(1)).size(), "no announcement for the quitter");

        given().queryParam("token", token).contentType(ContentType.JSON)
                .body(Map.of("reminders", true, "announcements", false)).put("/api/v1/preferences")
                .then().statusCode(200).body("reminders", equalTo(true)).body("announcements", equalTo(false));
    }

    @Test
    void badTokensAre401AndExpiredOnes403() {
        String email = TestEvents.uniqueEmail("ira");
        String good = tokens.issue(email);
        given().get("/api/v1/preferences").then().statusCode(401).contentType("application/problem+json");
        given().queryParam("token", "garbage").get("/api/v1/preferences").then().statusCode(401)
                .contentType("application/problem+json");
        String forged = tokens.issue("someone.else@example.org").split("\\.")[0] + good.substring(good.indexOf('.'));
        given().queryParam("token", forged).get("/api/v1/preferences").then().statusCode(401);
        given().queryParam("token", good + "x").post("/api/v1/unsubscribe").then().statusCode(401);
        given().queryParam("token", "a.b.%%%").get("/api/v1/preferences").then().statusCode(401);
        String expired = tokens.issue(email, Instant.now().minusSeconds(60));
        given().queryParam("token", expired).get("/api/v1/preferences").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        given().queryParam("token", good).contentType(ContentType.JSON).body(Map.of("reminders", true))
                .put("/api/v1/preferences").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("token", good).contentType(ContentType.JSON).body("{\"reminders\": \"maybe\"")
                .put("/api/v1/preferences").then().statusCode(400).contentType("application/problem+json");
        // a token link's answer holds an email: not stored, and never handed on as a referrer
        given().queryParam("token", good).get("/api/v1/preferences").then().statusCode(200)
                .body("email", equalTo(email)).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "frame-ancestors 'none'");
    }

    @Test
    void organiserEndpointsRefuseBadInput() throws Exception {
        given().get("/api/v1/notifications").then().statusCode(401);
        given().auth().oauth2(TestTokens.withGroups("attendee")).get("/api/v1/notifications").then().statusCode(403);
        given().auth().oauth2(TestTokens.signedByStranger()).get("/api/v1/notifications").then().statusCode(401);
        given().auth().oauth2(organiser()).queryParam("status", "LOST").get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(organiser()).queryParam("type", "SPAM").get("/api/v1/notifications")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().auth().oauth2(organiser()).queryParam("workshopId", "x").get("/api/v1/notifications")
                .then().statusCode(400).body("errors[0].field", equalTo("workshopId"));
        given().auth().oauth2(organiser()).queryParam("limit", "0").get("/api/v1/notifications").then().statusCode(400);
        given().auth().oauth2(organiser()).queryParam("cursor", "%%%").get("/api/v1/notifications").then().statusCode(400);

        given().contentType(ContentType.JSON).body(Map.of("workshopId", UUID.randomUUID(), "subject", "s", "body", "b"))
                .post("/api/v1/announcements").then().statusCode(401);
        given().auth().oauth2(organiser()).contentType(ContentType.JSON)
                .body(Map.of("workshopId", UUID.randomUUID(), "subject", "s", "body", "b"))
                .post("/api/v1/announcements").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(organiser()).contentType(ContentType.JSON)
                .body(Map.of("workshopId", "nope", "subject", "", "body", "b"))
                .post("/api/v1/announcements").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(organiser()).contentType(ContentType.JSON).body("{\"subject\": \"s\", \"body\": \"b\"}")
                .post("/api/v1/announcements").then().statusCode(400).body("errors[0].field", equalTo("workshopId"));
        // a line break in a subject would be a header of its own in some mail code; format characters hide text
        for (String subject : new String[] {"Room change\r\nBcc: everyone@example.org", "Room \u202Eegnahc",
                "Room\u200Bchange"}) {
            given().auth().oauth2(organiser()).contentType(ContentType.JSON)
                    .body(Map.of("workshopId", UUID.randomUUID(), "subject", subject, "body", "Line one.\nLine two."))
                    .post("/api/v1/announcements").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("subject"));
        }
    }

    @Test
    void keysetPaginationWalksTheLedgerByWorkshop() throws Exception {
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Paging", OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(30), 0);
        for (int i = 0; i < 3; i++) {
            String email = TestEvents.uniqueEmail("page" + i);
            TestEvents.publishRegistration(CONFIRMED, TestEvents.registration(UUID.randomUUID(), workshop,
                    "CONFIRMED", null, "P " + i, email, "t", null));
            Mailbox.await(email, 1, Duration.ofSeconds(30));
        }
        String workshopId = workshop.get("id").asText();
        String next = given().auth().oauth2(organiser()).queryParam("workshopId", workshopId).queryParam("limit", 2)
                .get("/api/v1/notifications").then().statusCode(200).body("items.size()", equalTo(2))
                .body("next", notNullValue()).extract().path("next");
        given().auth().oauth2(organiser()).queryParam("workshopId", workshopId).queryParam("limit", 2)
                .queryParam("cursor", next).get("/api/v1/notifications").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("next", equalTo(null));
    }

    @Test
    void remindersAreQueuedOnceAndCarryListUnsubscribe() throws Exception {
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "Tomorrow's workshop",
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(24), 0);
        String email = TestEvents.uniqueEmail("jaya");
        TestEvents.publishRegistration(CONFIRMED, TestEvents.registration(UUID.randomUUID(), workshop, "CONFIRMED",
                null, "Jaya Das", email, "t-j", null));
        Mailbox.await(email, 1, Duration.ofSeconds(30));
        reminders.queueDue(Instant.now());
        reminders.queueDue(Instant.now()); // a second run, a restart, another instance: nothing new
        MimeMessage reminder = Mailbox.await(email, 2, Duration.ofSeconds(30)).get(1);
        assertEquals("Reminder: Tomorrow's workshop", reminder.getSubject());
        assertNotNull(reminder.getHeader("List-Unsubscribe"));
        assertEquals(2, Mailbox.settle(email, Duration.ofSeconds(2)).size());
        given().auth().oauth2(organiser()).queryParam("recipient", email).queryParam("type", "REMINDER")
                .get("/api/v1/notifications").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aBengaliSpeakerGetsBengaliAndErasureAnonymises() throws Exception {
        ObjectNode member = (ObjectNode) TestEvents.MAPPER.readTree(Contracts.example("convene.member.created.v1"));
        UUID memberId = UUID.randomUUID();
        String email = TestEvents.uniqueEmail("anindita");
        member.put("id", memberId.toString());
        member.put("email", email);
        Contracts.assertValid("convene.member.created.v1", TestEvents.bytes(member));
        TestEvents.publish("directory.members.v1", memberId.toString(), "convene.member.created.v1",
                memberId.toString(), TestEvents.bytes(member));
        Thread.sleep(1500); // the member replica is another consumer; let it catch up
        ObjectNode workshop = TestEvents.workshop(UUID.randomUUID(), "তাপপ্রবাহ", OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(10), 0);
        ObjectNode registration = TestEvents.registration(UUID.randomUUID(), workshop, "CONFIRMED", null,
                "অনিন্দিতা সেন", email, "t-a", null);
        registration.put("memberId", memberId.toString());
        TestEvents.publishRegistration(CONFIRMED, registration);
        MimeMessage message = Mailbox.await(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("আপনার নিবন্ধন নিশ্চিত: তাপপ্রবাহ", message.getSubject());
        assertTrue(Mailbox.part(message, "text/plain").contains("প্রিয় অনিন্দিতা সেন"));
        assertTrue(Mailbox.part(message, "text/html").contains("lang=\"bn\""));

        ObjectNode erased = TestEvents.MAPPER.createObjectNode().put("id", memberId.toString());
        Contracts.assertValid("convene.member.erased.v1", TestEvents.bytes(erased));
        TestEvents.publish("directory.members.v1", memberId.toString(), "convene.member.erased.v1",
                memberId.toString(), TestEvents.bytes(erased));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int rows = 1;
        while (rows > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            rows = given().auth().oauth2(organiser()).queryParam("recipient", email).get("/api/v1/notifications")
                    .then().statusCode(200).extract().path("items.size()");
        }
        assertEquals(0, rows, "no ledger row names the erased member");
        given().auth().oauth2(organiser()).queryParam("recipient", "erased-" + memberId + "@invalid")
                .get("/api/v1/notifications").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("SENT"));

        // The links of the emails sent before the erasure no longer work, and cannot bring the address back.
        String token = tokens.issue(email);
        given().queryParam("token", token).get("/api/v1/preferences").then().statusCode(410)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("/erased"));
        given().queryParam("token", token).contentType(ContentType.JSON)
                .body("{\"reminders\": false, \"announcements\": false}").put("/api/v1/preferences").then()
                .statusCode(410);
        given().queryParam("token", token).post("/api/v1/unsubscribe").then().statusCode(410);
        assertEquals(0L, preferenceRows(email), "no preference row re-created for the erased address");
    }

    private long preferenceRows(String email) throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from preference where email = ?")) {
            statement.setString(1, email.toLowerCase(java.util.Locale.ROOT));
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theContractExampleOfAConfirmationIsReadAndMailed() throws Exception {
        byte[] example = Contracts.example(CONFIRMED);
        ObjectNode data = (ObjectNode) TestEvents.MAPPER.readTree(example);
        TestEvents.publish("registration.registrations.v1", data.get("workshopId").asText(), CONFIRMED,
                data.get("registrationId").asText(), example);
        MimeMessage message = Mailbox.await(data.get("email").asText(), 1, Duration.ofSeconds(30)).get(0);
        assertEquals("You are registered: " + data.at("/workshop/title").asText(), message.getSubject());
        assertTrue(Mailbox.part(message, "text/calendar").contains("UID:" + data.get("workshopId").asText()));
        for (String type : new String[] {"waitlisted", "promoted", "cancelled", "checked-in", "check-in-undone"}) {
            org.convene.notification.messaging.EventPayloads.registration(
                    TestEvents.MAPPER.readTree(Contracts.example("convene.registration." + type + ".v1")));
        }
        for (String type : new String[] {"published", "updated", "cancelled"}) {
            org.convene.notification.messaging.EventPayloads.workshop(
                    TestEvents.MAPPER.readTree(Contracts.example("convene.workshop." + type + ".v1")));
        }
    }
}
