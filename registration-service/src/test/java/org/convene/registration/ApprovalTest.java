package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** admission APPROVAL: applications hold no seat; organisers approve (by the seat rules) or reject. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class ApprovalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void applicationsArePendingUntilApprovedInApprovalOrder() throws Exception {
        String workshop = Fixtures.openWorkshop(approval(Fixtures.workshopBody(1)));
        Map<String, Object> first = Fixtures.signUp(workshop, Fixtures.attendee("First Applicant"));
        Map<String, Object> second = Fixtures.signUp(workshop, Fixtures.attendee("Second Applicant"));
        assertEquals(List.of("PENDING", "PENDING"), List.of(first.get("status"), second.get("status")));
        assertEquals(null, first.get("waitlistPosition"));
        given().get("/api/v1/workshops/" + workshop).then().body("confirmedCount", equalTo(0))
                .body("seatsLeft", equalTo(1)).body("admission", equalTo("APPROVAL"));
        given().get("/api/v1/workshops/" + workshop + "/seats").then().body("pending", equalTo(2));

        // Approval order, not application order, decides the seat.
        approve(second).statusCode(200).body("status", equalTo("CONFIRMED"));
        approve(first).statusCode(200).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        approve(first).statusCode(422).body("type", equalTo("https://convene.example/problems/not-pending"));
        // Nobody without the organiser role decides.
        given().header("X-Manage-Token", first.get("manageToken")).post("/api/v1/registrations/" + first.get("id")
                + "/approve").then().statusCode(401);

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.registrations.v1")) {
            ConsumerRecord<String, byte[]> submitted = await(reader, "convene.registration.submitted.v1", first);
            Contracts.assertValid("convene.registration.submitted.v1", submitted.value());
            assertEquals("PENDING", JSON.readTree(submitted.value()).get("status").asText());
            ConsumerRecord<String, byte[]> approved = await(reader, "convene.registration.approved.v1", second);
            Contracts.assertValid("convene.registration.approved.v1", approved.value());
            assertEquals("CONFIRMED", JSON.readTree(approved.value()).get("status").asText());
            Contracts.assertValid("convene.registration.approved.v1",
                    await(reader, "convene.registration.approved.v1", first).value());
        }
    }

    @Test
    void rejectionTakesPendingAndWaitlistedOnlyAndTheApplicantMayCancel() throws Exception {
        String workshop = Fixtures.openWorkshop(approval(Fixtures.workshopBody(1)));
        Map<String, Object> rejected = Fixtures.signUp(workshop, Fixtures.attendee("Rejected Applicant"));
        Map<String, Object> confirmed = Fixtures.signUp(workshop, Fixtures.attendee("Confirmed Applicant"));
        Map<String, Object> waitlisted = Fixtures.signUp(workshop, Fixtures.attendee("Waitlisted Applicant"));
        Map<String, Object> behind = Fixtures.signUp(workshop, Fixtures.attendee("Behind Applicant"));
        Map<String, Object> withdrawn = Fixtures.signUp(workshop, Fixtures.attendee("Withdrawn Applicant"));
        approve(confirmed).statusCode(200);
        approve(waitlisted).statusCode(200).body("waitlistPosition", equalTo(1));
        approve(behind).statusCode(200).body("waitlistPosition", equalTo(2));

        reject(rejected, "{\"reason\": \"The spring workshop fits your role better.\"}").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("The spring workshop fits your role better."));
        reject(rejected, null).statusCode(422)
                .body("type", equalTo("https://convene.example/problems/not-rejectable"));
        reject(confirmed, null).statusCode(422);
        reject(waitlisted, null).statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejectionReason", nullValue());
        assertEquals(1, SeatAllocationTest.position(behind), "the waitlist closed up");
        reject(behind, "{\"reason\": \"" + "x".repeat(2001) + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        reject(behind, "null").statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejectionReason", nullValue()); // a JSON null body: no reason

        // The applicant withdraws a pending application with their manage token.
        given().header("X-Manage-Token", withdrawn.get("manageToken"))
                .post("/api/v1/registrations/" + withdrawn.get("id") + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        // A rejected person may apply again (the email is free); a pending one may not apply twice.
        Map<String, Object> again = new HashMap<>(Fixtures.attendee("Rejected Applicant"));
        again.put("email", ((String) Fixtures.query("select email from registration where id = ?::uuid",
                rejected.get("id")).get(0).get("email")));
        assertEquals("PENDING", Fixtures.signUp(workshop, again).get("status"));
        given().contentType(ContentType.JSON).body(again).post("/api/v1/workshops/" + workshop + "/registrations")
                .then().statusCode(409);

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.registrations.v1")) {
            ConsumerRecord<String, byte[]> event = await(reader, "convene.registration.rejected.v1", rejected);
            Contracts.assertValid("convene.registration.rejected.v1", event.value());
            assertEquals("The spring workshop fits your role better.",
                    JSON.readTree(event.value()).get("reason").asText());
        }
    }

    @Test
    void approvalsRacingCancellationsNeverOverbookTheWorkshopOrAGroup() throws Exception {
        List<UUID> cities = IntStream.range(0, 4).mapToObj(i -> Fixtures.newCity("Approval city " + i)).toList();
        Map<String, Object> body = approval(SeatAllocationTest.allocated(10, 3, null));
        String workshop = Fixtures.openWorkshop(body);
        List<Map<String, Object>> applications = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            applications.add(SeatAllocationTest.signUp(workshop, "Applicant " + i, cities.get(i % 4)));
        }
        // The first twelve approved fill the workshop (ten seats, at most three per city).
        for (Map<String, Object> application : applications.subList(0, 12)) {
            approve(application).statusCode(200);
        }
        List<Map<String, Object>> confirmed = applications.subList(0, 12).stream()
                .filter(a -> "CONFIRMED".equals(SeatAllocationTest.status(a))).toList();
        assertEquals(10, confirmed.size());

        List<Callable<Integer>> race = new ArrayList<>();
        for (Map<String, Object> application : applications.subList(12, 60)) {
            race.add(() -> approve(application).extract().statusCode());
        }
        for (Map<String, Object> registration : confirmed.subList(0, 6)) {
            race.add(() -> Concurrency.post(URI.create(base + "api/v1/registrations/" + registration.get("id")
                    + "/cancel"), null, "Authorization", "Bearer " + TOKEN).status());
        }
        Concurrency.all(race).forEach(status -> assertEquals(200, status));

        assertEquals(10L, SignUpRushTest.count(workshop, "CONFIRMED"), "demand exceeds the seats: all taken");
        for (UUID city : cities) {
            long inCity = (Long) Fixtures.query("select count(*) as n from registration where workshop_id = ?::uuid"
                    + " and status = 'CONFIRMED' and city_id = ?", workshop, city).get(0).get("n");
            assertTrue(inCity <= 3, "city " + city + " has " + inCity + " confirmed");
            assertEquals((int) inCity, Fixtures.query("select confirmed_count from seat_group where workshop_id ="
                    + " ?::uuid and group_key = ?", workshop, city.toString()).get(0).get("confirmed_count"));
        }
        Map<String, Object> row = Fixtures.workshopRow(workshop);
        assertEquals(10, row.get("confirmed_count"));
        long waitlisted = SignUpRushTest.count(workshop, "WAITLISTED");
        assertEquals((int) waitlisted, row.get("waitlist_count"));
        assertEquals(IntStream.rangeClosed(1, (int) waitlisted).boxed().toList(),
                SeatAllocationTest.positions(workshop));
        assertEquals(0L, SignUpRushTest.count(workshop, "PENDING"));
    }

    static Map<String, Object> approval(Map<String, Object> body) {
        body.put("admission", "APPROVAL");
        return body;
    }

    static io.restassured.response.ValidatableResponse approve(Map<String, Object> registration) {
        return given().auth().oauth2(TOKEN).post("/api/v1/registrations/" + registration.get("id") + "/approve")
                .then();
    }

    static io.restassured.response.ValidatableResponse reject(Map<String, Object> registration, String body) {
        var request = given().auth().oauth2(TOKEN);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/registrations/" + registration.get("id") + "/reject").then();
    }

    private static ConsumerRecord<String, byte[]> await(TopicReader reader, String type,
            Map<String, Object> registration) {
        return reader.await(r -> type.equals(TopicReader.header(r, "ce_type"))
                && registration.get("id").equals(TopicReader.header(r, "ce_subject")), 1, Duration.ofSeconds(20))
                .get(0);
    }
}
