package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.platform.security.SealedSecrets;
import org.convene.registration.rest.SignUpAdmission;
import org.convene.registration.service.InvitationReminders;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Invitations: organisers invite from the replica of the directory; invitees accept (a sign-up) or decline. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class InvitationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Inject
    SealedSecrets secrets;

    @Inject
    InvitationReminders reminders;

    @Test
    void invitesMembersCitiesOrganisationsAndPeopleOncePerEmail() {
        UUID city = Fixtures.newCity("Lagos");
        UUID organisation = UUID.randomUUID();
        UUID both = member("Both Ways", city, organisation);
        UUID ofCity = member("Of The City", city, null);
        member("Of The Organisation", null, organisation);
        UUID erased = member("Erased Member", null, null);
        erase(erased);
        String workshop = Fixtures.openWorkshop(invitationOnly(Fixtures.workshopBody(10)));
        String amina = "amina." + UUID.randomUUID().toString().substring(0, 8) + "@lagos.example";

        Map<String, Object> body = Map.of(
                "memberIds", List.of(both.toString(), erased.toString(), UUID.randomUUID().toString()),
                "cityIds", List.of(city.toString(), UUID.randomUUID().toString()),
                "organisationIds", List.of(organisation.toString(), UUID.randomUUID().toString()),
                "people", List.of(Map.of("fullName", "Amina Yusuf", "email", amina),
                        Map.of("fullName", "Amina Again", "email", amina.toUpperCase())));
        invite(workshop, body).statusCode(200)
                .body("created", equalTo(4)).body("alreadyInvited", equalTo(3))
                .body("skipped.item", containsInAnyOrder("memberIds[1]", "memberIds[2]", "cityIds[1]",
                        "organisationIds[1]"))
                .body("skipped.reason", containsInAnyOrder("erased-member", "unknown-member", "unknown-city",
                        "unknown-organisation"));
        // Inviting the city again creates nothing new.
        invite(workshop, Map.of("cityIds", List.of(city.toString()))).statusCode(200)
                .body("created", equalTo(0)).body("alreadyInvited", equalTo(2)).body("skipped", hasSize(0));

        // The organisers see who, why and when; never a token.
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/invitations?status=PENDING").then()
                .statusCode(200).body("items", hasSize(4))
                .body("items.via", containsInAnyOrder("member", "city", "organisation", "person"))
                .body("items.email", org.hamcrest.Matchers.hasItem(amina))
                .body("items[0].invitedAt", not(equalTo(null)))
                .body(not(containsString("token")));
        // Stored hashed, and sealed: the sealed token opens to one whose hash is stored.
        for (Map<String, Object> row : Fixtures.query(
                "select token_hash, token_sealed from invitation where workshop_id = ?::uuid", workshop)) {
            String token = secrets.open((String) row.get("token_sealed"));
            assertEquals(SealedSecrets.hash(token), row.get("token_hash"));
            assertNotEquals(token, row.get("token_hash"));
        }

        // A malformed email is a 400 naming it, and nothing of the call is invited.
        invite(workshop, Map.of("people", List.of(Map.of("fullName", "Fine", "email", "fine@example.org"),
                Map.of("fullName", "Broken", "email", "not-an-email")))).statusCode(400)
                .body("errors[0].field", equalTo("people[1].email"));
        assertEquals(4, Fixtures.query("select id from invitation where workshop_id = ?::uuid", workshop).size());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/workshops/" + workshop + "/invitations")
                .then().statusCode(401);
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/invitations?status=MAYBE").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));

        // member.erased: that person's invitation keeps its status but not the person.
        erase(ofCity);
        Map<String, Object> anonymised = Fixtures.query(
                "select full_name, email from invitation where member_id = ?", ofCity).get(0);
        assertEquals("Erased invitee", anonymised.get("full_name"));
        assertTrue(((String) anonymised.get("email")).endsWith("@erased.invalid"));
    }

    @Test
    void acceptDecidesLikeASignUpForTheInvitedPersonOnly() {
        String workshop = Fixtures.openWorkshop(invitationOnly(Fixtures.workshopBody(1)));
        List<Invited> invited = invitePeople(workshop, "Ana Accepts", "Wale Waits", "Dede Declines");
        Invited ana = invited.get(0);
        Invited wale = invited.get(1);
        Invited dede = invited.get(2);

        // A forwarded link used by someone else registers nobody.
        accept(ana, ana.token, Map.of("email", "colleague@elsewhere.example")).statusCode(403)
                .body("type", equalTo("https://convene.example/problems/invitation-not-yours"));
        // Another invitation's token opens nothing, and says nothing about the other invitation.
        accept(ana, wale.token, null).statusCode(403).body("type", equalTo("https://convene.example/problems/forbidden"))
                .body("detail", not(containsString(wale.id)));
        accept(ana, null, null).statusCode(401);
        // The link opens the invitee's own invitation, and only with its token.
        given().get("/api/v1/invitations/" + ana.id + "?token=" + ana.token).then().statusCode(200)
                .body("fullName", equalTo("Ana Accepts")).body("workshopId", equalTo(workshop))
                .body("status", equalTo("PENDING")).body("$", not(hasKey("token")));
        given().header("X-Invitation-Token", wale.token).get("/api/v1/invitations/" + ana.id).then().statusCode(403)
                .body("detail", not(containsString(wale.id)));
        given().get("/api/v1/invitations/" + ana.id).then().statusCode(401);
        given().get("/api/v1/invitations/" + UUID.randomUUID() + "?token=" + ana.token).then().statusCode(404);
        assertTrue(Fixtures.query("select id from registration where workshop_id = ?::uuid", workshop).isEmpty());

        Map<String, Object> registered = accept(ana, ana.token, null).statusCode(201)
                .body("status", equalTo("CONFIRMED")).extract().jsonPath().getMap("");
        // A repeat (the token in the header this time) returns the same registration.
        given().header("X-Invitation-Token", ana.token).post("/api/v1/invitations/" + ana.id + "/accept").then()
                .statusCode(200).body("id", equalTo(registered.get("id")))
                .body("manageToken", equalTo(registered.get("manageToken")));
        given().header("X-Manage-Token", registered.get("manageToken"))
                .get("/api/v1/registrations/" + registered.get("id")).then().statusCode(200)
                .body("email", equalTo(ana.email)).body("fullName", equalTo("Ana Accepts"));
        // The workshop is full: the next acceptance is waitlisted, as a sign-up would be.
        accept(wale, wale.token, Map.of("email", wale.email.toUpperCase())).statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Our budget session falls on the same days."))
                .post("/api/v1/invitations/" + dede.id + "/decline?token=" + dede.token).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/invitations?status=DECLINED").then()
                .body("items", hasSize(1)).body("items[0].declineReason",
                        equalTo("Our budget session falls on the same days."))
                .body("items[0].answeredAt", not(equalTo(null)));
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/invitations?status=ACCEPTED").then()
                .body("items.registrationId", hasSize(2));

        // Revoked: its link answers 410; a wrong token is still only 403; an accepted one is not revoked.
        revoke(dede).statusCode(200).body("status", equalTo("REVOKED"));
        revoke(dede).statusCode(200).body("status", equalTo("REVOKED"));
        accept(dede, dede.token, null).statusCode(410);
        given().get("/api/v1/invitations/" + dede.id + "?token=" + dede.token).then().statusCode(410)
                .body("type", equalTo("https://convene.example/problems/invitation-revoked"));
        given().post("/api/v1/invitations/" + dede.id + "/decline?token=" + dede.token).then().statusCode(410);
        accept(dede, ana.token, null).statusCode(403);
        revoke(ana).statusCode(422).body("type", equalTo("https://convene.example/problems/invitation-accepted"));
        given().post("/api/v1/invitations/" + ana.id + "/decline?token=" + ana.token).then().statusCode(422);
        given().header("X-Invitation-Token", ana.token).get("/api/v1/invitations/" + ana.id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("registrationId", equalTo(registered.get("id")));
        given().post("/api/v1/invitations/" + ana.id + "/revoke").then().statusCode(401);
        // The public sign-up stays closed to the uninvited.
        given().contentType(ContentType.JSON).body(Fixtures.attendee("Not Invited"))
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(403)
                .body("type", equalTo("https://convene.example/problems/invitation-required"));
    }

    @Test
    void anInvitationLinkStopsWorkingThirtyDaysAfterTheWorkshopEnds() throws Exception {
        String workshop = Fixtures.openWorkshop(Fixtures.workshopBody(5));
        List<Invited> invited = invitePeople(workshop, "Late Lina", "Later Luis");
        Invited lina = invited.get(0);
        moveWorkshopEnd(workshop, 31);

        accept(lina, lina.token, null).statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("https://convene.example/problems/link-expired"));
        given().post("/api/v1/invitations/" + lina.id + "/decline?token=" + lina.token).then().statusCode(410)
                .body("type", equalTo("https://convene.example/problems/link-expired"));
        // An expired link still tells a wrong token nothing.
        accept(lina, invited.get(1).token, null).statusCode(403);
        // The organisers still see it, unanswered.
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/invitations").then().statusCode(200)
                .body("items.find { it.id == '" + lina.id + "' }.status", equalTo("PENDING"));

        moveWorkshopEnd(workshop, 29);
        given().post("/api/v1/invitations/" + lina.id + "/decline?token=" + lina.token).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
    }

    private static void moveWorkshopEnd(String workshop, int daysAgo) throws Exception {
        try (var connection = Fixtures.dataSource().getConnection(); var statement = connection.prepareStatement(
                "update workshop set starts_at = now() - make_interval(days => ?) - interval '1 day',"
                        + " ends_at = now() - make_interval(days => ?) where id = ?::uuid")) {
            statement.setInt(1, daysAgo);
            statement.setInt(2, daysAgo);
            statement.setString(3, workshop);
            assertEquals(1, statement.executeUpdate());
        }
    }

    @Test
    void anInvitationSkipsApprovalUnlessToldNot() {
        Map<String, Object> body = Fixtures.workshopBody(5);
        body.put("admission", "APPROVAL");
        String workshop = Fixtures.openWorkshop(body);
        Invited skips = invitePeople(workshop, "Skips Approval").get(0);
        accept(skips, skips.token, null).statusCode(201).body("status", equalTo("CONFIRMED"));
        String email = "applies." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        invite(workshop, Map.of("people", List.of(Map.of("fullName", "Applies", "email", email)),
                "skipApproval", false)).statusCode(200).body("created", equalTo(1));
        Invited applies = tokensOf(workshop).stream().filter(i -> i.email.equals(email)).findFirst().orElseThrow();
        accept(applies, applies.token, null).statusCode(201).body("status", equalTo("PENDING"));
    }

    @Test
    void acceptsUnderARushAreDecidedInGroupsLikeSignUps() throws Exception {
        Map<String, Object> body = invitationOnly(Fixtures.workshopBody(5));
        body.put("waitlistEnabled", true);
        String workshop = Fixtures.openWorkshop(body);
        String[] names = new String[20];
        for (int i = 0; i < names.length; i++) {
            names[i] = "Rusher " + i;
        }
        List<Invited> invited = invitePeople(workshop, names);
        List<Callable<Concurrency.Reply>> accepts = new ArrayList<>();
        for (Invited invitation : invited) {
            accepts.add(acceptCall(invitation));
        }
        accepts.add(acceptCall(invited.get(0))); // the same link clicked twice in the rush
        accepts.add(acceptCall(new Invited(invited.get(1).id, invited.get(1).email, invited.get(2).token)));

        SignUpAdmission admission = Arc.container().instance(SignUpAdmission.class).get();
        int before = admission.inFlight();
        java.util.concurrent.CompletableFuture<List<Concurrency.Reply>> replies;
        try (WorkshopLock lock = WorkshopLock.hold(workshop)) {
            replies = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return Concurrency.all(accepts);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // the accepts are admitted like sign-ups; the one with another invitation's token is refused before
            WorkshopLock.awaitCount(() -> admission.inFlight() - before, accepts.size() - 1);
        }
        List<Concurrency.Reply> all = replies.get();
        for (int i = 0; i < invited.size(); i++) {
            assertTrue(all.get(i).status() == 201 || all.get(i).status() == 200, all.get(i).body());
        }
        assertEquals(403, all.get(accepts.size() - 1).status());
        JsonNode first = JSON.readTree(all.get(0).body());
        JsonNode again = JSON.readTree(all.get(invited.size()).body());
        assertEquals(first.get("id"), again.get("id"), "the same invitation accepted twice is one registration");
        assertEquals(List.of(200, 201), List.of(all.get(0).status(), all.get(invited.size()).status()).stream()
                .sorted().toList());

        Map<String, Object> row = Fixtures.workshopRow(workshop);
        assertEquals(5, row.get("confirmed_count"));
        assertEquals(15, row.get("waitlist_count"));
        assertEquals(20L, ((Number) Fixtures.query("select count(*) as n from invitation where workshop_id = ?::uuid"
                + " and status = 'ACCEPTED' and registration_id is not null", workshop).get(0).get("n")).longValue());
        long transactions = (Long) Fixtures.query("select count(distinct xmin::text) as n from registration"
                + " where workshop_id = ?::uuid", workshop).get(0).get("n");
        assertTrue(transactions <= 3, "20 accepts were decided in " + transactions + " transactions");
        assertEquals(20L, ((Number) Fixtures.query("select count(*) as n from outbox_event where message_key = ?"
                + " and event_type = 'convene.invitation.accepted.v1'", workshop).get(0).get("n")).longValue());
    }

    private Callable<Concurrency.Reply> acceptCall(Invited invitation) {
        URI uri = URI.create(base + "api/v1/invitations/" + invitation.id + "/accept?token=" + invitation.token);
        return () -> Concurrency.post(uri, null);
    }

    @Test
    void acceptRacingRevokeExactlyOneWins() throws Exception {
        String workshop = Fixtures.openWorkshop(invitationOnly(Fixtures.workshopBody(50)));
        String[] names = new String[12];
        for (int i = 0; i < names.length; i++) {
            names[i] = "Racer " + i;
        }
        List<Invited> invited = invitePeople(workshop, names);
        int accepted = 0;
        for (Invited invitation : invited) {
            List<Callable<Concurrency.Reply>> race = List.of(
                    () -> Concurrency.post(URI.create(base + "api/v1/invitations/" + invitation.id + "/accept?token="
                            + invitation.token), null),
                    () -> Concurrency.post(URI.create(base + "api/v1/invitations/" + invitation.id + "/revoke"), null,
                            "Authorization", "Bearer " + TOKEN));
            List<Concurrency.Reply> replies = Concurrency.all(race);
            int accept = replies.get(0).status();
            int revoke = replies.get(1).status();
            boolean acceptWon = accept == 201 && revoke == 422;
            boolean revokeWon = accept == 410 && revoke == 200;
            assertTrue(acceptWon ^ revokeWon, "accept " + accept + ", revoke " + revoke);
            List<Map<String, Object>> rows = Fixtures.query("select i.status, i.registration_id,"
                    + " (select count(*) from registration r where r.workshop_id = i.workshop_id"
                    + " and lower(r.email) = lower(i.email)) as registrations from invitation i where i.id = ?::uuid",
                    invitation.id);
            assertEquals(acceptWon ? "ACCEPTED" : "REVOKED", rows.get(0).get("status"));
            assertEquals(acceptWon ? 1L : 0L, ((Number) rows.get(0).get("registrations")).longValue());
            accepted += acceptWon ? 1 : 0;
        }
        assertEquals(accepted, ((Number) Fixtures.workshopRow(workshop).get("confirmed_count")).intValue());
        assertFalse(invited.isEmpty());
    }

    @Test
    void everyAnswerIsAnEventOfTheContract() throws Exception {
        String workshop = Fixtures.openWorkshop(invitationOnly(Fixtures.workshopBody(5)));
        List<Invited> invited = invitePeople(workshop, "Evt Accepts", "Evt Declines", "Evt Revoked");
        accept(invited.get(0), invited.get(0).token, null).statusCode(201);
        given().post("/api/v1/invitations/" + invited.get(1).id + "/decline?token=" + invited.get(1).token).then()
                .statusCode(200);
        revoke(invited.get(2)).statusCode(200);
        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.invitations.v1")) {
            for (Invited invitation : invited) {
                ConsumerRecord<String, byte[]> created = await(reader, "convene.invitation.created.v1", invitation);
                Contracts.assertValid("convene.invitation.created.v1", created.value());
                assertEquals(workshop, created.key());
                JsonNode data = JSON.readTree(created.value());
                // The token travels sealed, for the email; it opens this invitation.
                assertEquals(invitation.token, secrets.open(data.get("tokenSealed").asText()));
                assertEquals(invitation.email, data.get("email").asText());
            }
            Contracts.assertValid("convene.invitation.accepted.v1",
                    await(reader, "convene.invitation.accepted.v1", invited.get(0)).value());
            Contracts.assertValid("convene.invitation.declined.v1",
                    await(reader, "convene.invitation.declined.v1", invited.get(1)).value());
            ConsumerRecord<String, byte[]> revoked = await(reader, "convene.invitation.revoked.v1", invited.get(2));
            Contracts.assertValid("convene.invitation.revoked.v1", revoked.value());
            assertTrue(JSON.readTree(revoked.value()).get("tokenSealed").isNull());
        }
    }

    @Test
    void theUnansweredAreRemindedOnceBeforeRegistrationCloses() throws Exception {
        Map<String, Object> body = invitationOnly(Fixtures.workshopBody(5));
        body.put("registrationClosesAt", "2027-03-01T23:59:00+05:30");
        String workshop = Fixtures.openWorkshop(body);
        Instant closes = OffsetDateTime.parse("2027-03-01T23:59:00+05:30").toInstant();
        List<Invited> invited = invitePeople(workshop, "Rem Waits", "Rem Waits Too", "Rem Declines", "Rem Accepts",
                "Rem Revoked", "Rem Late");
        given().post("/api/v1/invitations/" + invited.get(2).id + "/decline?token=" + invited.get(2).token).then()
                .statusCode(200);
        accept(invited.get(3), invited.get(3).token, null).statusCode(201);
        revoke(invited.get(4)).statusCode(200);
        // Invited within the last 48 hours before closing: no reminder.
        Fixtures.query("update invitation set invited_at = ?::timestamptz - interval '1 hour' where id = ?::uuid"
                + " returning id", closes.toString(), invited.get(5).id);

        // Not yet: closing is more than 48 hours away.
        reminders.announceDue(closes.minus(Duration.ofHours(49)));
        assertEquals(0, remindedIn(workshop));
        // Due: two instances look at once; each waiting invitation is announced exactly once.
        List<Callable<Integer>> twoInstances = List.of(() -> reminders.announceDue(closes.minus(Duration.ofHours(1))),
                () -> reminders.announceDue(closes.minus(Duration.ofHours(1))));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> future : pool.invokeAll(twoInstances)) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        reminders.announceDue(closes.minus(Duration.ofMinutes(30)));
        // After closing, nothing more (and nothing for the answered, the revoked and the late).
        reminders.announceDue(closes.plus(Duration.ofMinutes(1)));
        assertEquals(2, remindedIn(workshop));

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.invitations.v1")) {
            for (Invited waiting : invited.subList(0, 2)) {
                ConsumerRecord<String, byte[]> due = await(reader, "convene.invitation.reminder-due.v1", waiting);
                Contracts.assertValid("convene.invitation.reminder-due.v1", due.value());
                assertEquals(workshop, due.key());
                // The token travels sealed, for the reminder's links.
                assertEquals(waiting.token, secrets.open(JSON.readTree(due.value()).get("tokenSealed").asText()));
            }
            List<String> subjects = reader.drain(TopicReader.ofType("convene.invitation.reminder-due.v1"),
                    Duration.ofSeconds(2)).stream().map(r -> TopicReader.header(r, "ce_subject"))
                    .filter(id -> invited.stream().anyMatch(i -> i.id.equals(id))).sorted().toList();
            assertEquals(invited.subList(0, 2).stream().map(Invited::id).sorted().toList(), subjects);
        }
    }

    private static int remindedIn(String workshop) {
        return Fixtures.query("select id from invitation where workshop_id = ?::uuid and reminder_due_at is not null",
                workshop).size();
    }

    private static ConsumerRecord<String, byte[]> await(TopicReader reader, String type, Invited invitation) {
        return reader.await(r -> type.equals(TopicReader.header(r, "ce_type"))
                && invitation.id.equals(TopicReader.header(r, "ce_subject")), 1, Duration.ofSeconds(20)).get(0);
    }

    private record Invited(String id, String email, String token) {
    }

    private static Map<String, Object> invitationOnly(Map<String, Object> body) {
        body.put("admission", "INVITATION");
        return body;
    }

    private static UUID member(String name, UUID city, UUID organisation) {
        UUID id = UUID.randomUUID();
        String email = name.toLowerCase().replace(' ', '.') + "." + id.toString().substring(0, 8) + "@example.org";
        Fixtures.publishDirectoryEvent("directory.members.v1", "convene.member.created.v1", id,
                "{\"id\": \"" + id + "\", \"fullName\": \"" + name + "\", \"email\": \"" + email + "\", \"cityId\": "
                        + (city == null ? "null" : "\"" + city + "\"") + ", \"organisationId\": "
                        + (organisation == null ? "null" : "\"" + organisation + "\"") + "}");
        Fixtures.awaitRow("select 1 from member_replica where id = '" + id + "'");
        return id;
    }

    private static void erase(UUID member) {
        Fixtures.publishDirectoryEvent("directory.members.v1", "convene.member.erased.v1", member,
                "{\"id\": \"" + member + "\"}");
        Fixtures.awaitRow("select 1 from member_replica where erased and id = '" + member + "'");
    }

    private static ValidatableResponse invite(String workshop, Map<String, Object> body) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workshops/" + workshop + "/invitations").then();
    }

    private List<Invited> invitePeople(String workshop, String... names) {
        List<Map<String, Object>> people = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (String name : names) {
            Map<String, Object> person = Fixtures.attendee(name);
            people.add(person);
            emails.add((String) person.get("email"));
        }
        invite(workshop, Map.of("people", people)).statusCode(200).body("created", equalTo(names.length));
        Map<String, Invited> byEmail = new HashMap<>();
        tokensOf(workshop).forEach(i -> byEmail.put(i.email, i));
        return emails.stream().map(byEmail::get).toList();
    }

    /** The invitations of a workshop with their tokens, opened from the sealed copy (as notification-service would). */
    private List<Invited> tokensOf(String workshop) {
        return Fixtures.query("select id, email, token_sealed from invitation where workshop_id = ?::uuid", workshop)
                .stream().map(row -> new Invited(row.get("id").toString(), (String) row.get("email"),
                        secrets.open((String) row.get("token_sealed")))).toList();
    }

    private static ValidatableResponse accept(Invited invitation, String token, Map<String, Object> body) {
        var request = given();
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/invitations/" + invitation.id + "/accept"
                + (token == null ? "" : "?token=" + token)).then();
    }

    private static ValidatableResponse revoke(Invited invitation) {
        return given().auth().oauth2(TOKEN).post("/api/v1/invitations/" + invitation.id + "/revoke").then();
    }
}
