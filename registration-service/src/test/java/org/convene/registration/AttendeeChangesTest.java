package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An attendee's own changes, the transfer of a place, and the participant list with consent. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class AttendeeChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void theAttendeePatchesTheirOwnRegistrationWithIfMatch() throws Exception {
        String workshop = Fixtures.openWorkshop(Fixtures.withTextQuestion(5, "diet"));
        Map<String, Object> mine = Fixtures.signUp(workshop, Fixtures.attendee("Patching Attendee"));
        Map<String, Object> other = Fixtures.signUp(workshop, Fixtures.attendee("Other Attendee"));
        String token = (String) mine.get("manageToken");
        String etag = given().header("X-Manage-Token", token).get("/api/v1/registrations/" + mine.get("id")).then()
                .statusCode(200).extract().header("ETag");

        String path = "/api/v1/registrations/" + mine.get("id");
        given().header("X-Manage-Token", token).contentType(MERGE_PATCH).body("{\"listed\": true}").patch(path)
                .then().statusCode(428);
        given().header("X-Manage-Token", other.get("manageToken")).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"listed\": true}").patch(path).then().statusCode(403);
        given().header("X-Manage-Token", token).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"answers\": {\"shoe\": \"42\"}}").patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("answers.shoe"));
        given().header("X-Manage-Token", token).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"fullName\": null}").patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("fullName"));
        String next = given().header("X-Manage-Token", token).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"organisation\": \"Ward 12\", \"answers\": {\"diet\": \"halal\"}, \"listed\": true}")
                .patch(path).then().statusCode(200).body("organisation", equalTo("Ward 12"))
                .body("answers.diet", equalTo("halal")).body("listed", equalTo(true)).extract().header("ETag");
        given().header("X-Manage-Token", token).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"listed\": false}").patch(path).then().statusCode(412);
        assertEquals(false, next.equals(etag));

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.registrations.v1")) {
            ConsumerRecord<String, byte[]> updated = reader.await(r -> "convene.registration.updated.v1"
                    .equals(TopicReader.header(r, "ce_type")) && mine.get("id").equals(TopicReader.header(r,
                    "ce_subject")), 1, Duration.ofSeconds(20)).get(0);
            Contracts.assertValid("convene.registration.updated.v1", updated.value());
        }
    }

    @Test
    void aTransferKeepsStatusAndPositionInsideTheGroupAndChangesTheToken() throws Exception {
        UUID dhaka = Fixtures.newCity("Transfer Dhaka");
        UUID colombo = Fixtures.newCity("Transfer Colombo");
        String workshop = Fixtures.openWorkshop(SeatAllocationTest.allocated(5, 1, null));
        SeatAllocationTest.signUp(workshop, "Dhaka First", dhaka);
        Map<String, Object> waiting = SeatAllocationTest.signUp(workshop, "Dhaka Second", dhaka);
        Map<String, Object> colomboOne = SeatAllocationTest.signUp(workshop, "Colombo One", colombo);
        assertEquals(1, waiting.get("waitlistPosition"));
        String token = (String) waiting.get("manageToken");
        String path = "/api/v1/registrations/" + waiting.get("id") + "/transfer";

        Map<String, Object> colleague = new HashMap<>(Fixtures.attendee("Dhaka Colleague"));
        colleague.put("cityId", colombo.toString());
        given().header("X-Manage-Token", token).contentType(ContentType.JSON).body(colleague).post(path).then()
                .statusCode(422).body("type", equalTo("https://convene.example/problems/transfer-outside-group"));
        Map<String, Object> taken = Map.of("fullName", "Taken", "email",
                Fixtures.query("select email from registration where id = ?::uuid", colomboOne.get("id")).get(0)
                        .get("email"), "cityId", dhaka.toString());
        given().header("X-Manage-Token", token).contentType(ContentType.JSON).body(taken).post(path).then()
                .statusCode(409);
        given().header("X-Manage-Token", token).contentType(ContentType.JSON).body(Map.of("fullName", "No Email"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("email"));

        colleague.remove("cityId"); // the same city by default
        given().header("X-Manage-Token", token).contentType(ContentType.JSON).body(colleague).post(path).then()
                .statusCode(200).body("fullName", equalTo("Dhaka Colleague")).body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1)).body("email", equalTo(colleague.get("email")))
                .body("cityId", equalTo(dhaka.toString()));
        // The old token no longer opens it; the colleague's (sealed in the event) does.
        given().header("X-Manage-Token", token).get("/api/v1/registrations/" + waiting.get("id")).then()
                .statusCode(403);
        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.registrations.v1")) {
            ConsumerRecord<String, byte[]> event = reader.await(r -> "convene.registration.transferred.v1"
                    .equals(TopicReader.header(r, "ce_type")) && waiting.get("id").equals(TopicReader.header(r,
                    "ce_subject")), 1, Duration.ofSeconds(20)).get(0);
            Contracts.assertValid("convene.registration.transferred.v1", event.value());
            JsonNode data = JSON.readTree(event.value());
            assertEquals("Dhaka Second", data.get("previous").get("fullName").asText());
            assertEquals(colleague.get("email"), data.get("email").asText());
        }
        assertEquals(List.of(1), SeatAllocationTest.positions(workshop));
    }

    @Test
    void theParticipantListShowsConsentingConfirmedAttendeesToOrganisersAndConfirmedAttendees() {
        String workshop = Fixtures.openWorkshop(1);
        Map<String, Object> listedBody = new HashMap<>(Fixtures.attendee("Listed Attendee"));
        listedBody.put("listed", true);
        listedBody.put("organisation", "Kolkata Municipal Corporation");
        Map<String, Object> listed = Fixtures.signUp(workshop, listedBody);
        Map<String, Object> waitingBody = new HashMap<>(Fixtures.attendee("Waiting Listed"));
        waitingBody.put("listed", true);
        Map<String, Object> waiting = Fixtures.signUp(workshop, waitingBody);
        String otherWorkshop = Fixtures.openWorkshop(1);
        Map<String, Object> elsewhere = Fixtures.signUp(otherWorkshop, Fixtures.attendee("Elsewhere"));
        String path = "/api/v1/workshops/" + workshop + "/participants";

        given().get(path).then().statusCode(401);
        given().header("X-Manage-Token", waiting.get("manageToken")).get(path).then().statusCode(403);
        given().header("X-Manage-Token", elsewhere.get("manageToken")).get(path).then().statusCode(403);
        given().header("X-Manage-Token", listed.get("manageToken")).get(path).then().statusCode(200)
                .body("items.fullName", equalTo(List.of("Listed Attendee")))
                .body("items[0].organisation", equalTo("Kolkata Municipal Corporation"))
                .body("items[0].email", equalTo(null));
        // A confirmed attendee who did not consent sees the list but is not on it.
        Map<String, Object> silent = Fixtures.signUp(otherWorkshop, Fixtures.attendee("Silent"));
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + otherWorkshop + "/participants").then()
                .statusCode(200).body("items.size()", equalTo(0));
        assertEquals("WAITLISTED", silent.get("status"));
    }
}
