package org.convene.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The console's workshops in a browser (browser/console-workshops.mjs), then through the API what the console did:
 * a workshop created through the form (after a mistake shown beside its field) with a question and seats per city,
 * edited (a change made meanwhile by another organiser reported, not overwritten), published, listed; another workshop
 * cancelled with the confirming step (its registration cancelled by the workshop); then, two people signed up through
 * the API, the dashboard's counts, chart and seats per city.
 */
class ConsoleWorkshopsJourneyTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void anOrganiserCreatesEditsPublishesFollowsAndCancelsWorkshops() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String hostCity = "Salt Lake " + suffix;
        String otherCity = "Khulna " + suffix;
        String hostCityId = city(hostCity, "IN");
        String otherCityId = city(otherCity, "BD");
        String title = "Heat action plans " + suffix;
        String cancelTitle = "Flood drill " + suffix;
        String cancelId = Api.openWorkshop(system, otherCityId, cancelTitle, 10);
        String cancelledRegistration = Api.signUp(system, cancelId, "Nasrin Akter", "nasrin." + suffix + "@kcc.example")
                .then().statusCode(201).extract().path("id");

        ConsoleBrowser.run(system, "workshops", "create", title, hostCity, otherCity, cancelTitle);

        // what the form made: the workshop as the organiser saved it last (capacity 25, the other organiser's venue)
        JsonPath workshop = workshopTitled(title);
        String workshopId = workshop.getString("id");
        assertNotNull(workshopId, "the console created a workshop titled " + title);
        assertEquals("OPEN", workshop.getString("status"));
        assertEquals(25, workshop.getInt("capacity"));
        assertEquals("Biswa Bangla Convention Centre", workshop.getString("venue"));
        assertEquals("Two days of practice exchange on heat action plans.", workshop.getString("description"));
        assertEquals(hostCityId, workshop.getString("hostCityId"));
        assertEquals("Asia/Kolkata", workshop.getString("timezone"));
        OffsetDateTime startsAt = OffsetDateTime.parse(workshop.getString("startsAt"));
        OffsetDateTime endsAt = OffsetDateTime.parse(workshop.getString("endsAt"));
        assertEquals(LocalTime.of(9, 30), startsAt.atZoneSameInstant(KOLKATA).toLocalTime());
        assertEquals(LocalTime.of(17, 0), endsAt.atZoneSameInstant(KOLKATA).toLocalTime());
        assertEquals(startsAt.atZoneSameInstant(KOLKATA).toLocalDate().plusDays(1),
                endsAt.atZoneSameInstant(KOLKATA).toLocalDate());
        assertEquals("OPEN", workshop.getString("admission"));
        assertTrue(workshop.getBoolean("waitlistEnabled"));
        assertEquals(1, workshop.getList("questions").size());
        assertEquals("diet", workshop.getString("questions[0].key"));
        assertEquals("CHOICE", workshop.getString("questions[0].type"));
        assertTrue(workshop.getBoolean("questions[0].required"));
        assertEquals(Map.of("en", "Diet", "bn", "খাদ্য"), workshop.getMap("questions[0].label"));
        assertEquals(List.of("vegetarian", "none"), workshop.getList("questions[0].options.key"));
        assertEquals(Map.of("en", "No preference", "bn", "কোনো পছন্দ নেই"), workshop.getMap("questions[0].options[1].label"));
        assertEquals("CITY", workshop.getString("seatAllocation.by"));
        assertEquals(5, workshop.getInt("seatAllocation.seatsPerGroup"));
        assertEquals(Map.of(hostCityId, 3), workshop.getMap("seatAllocation.overrides"));

        // the other one: cancelled, with its registration
        Api.asOrganiser(system.registration).get("/api/v1/workshops/" + cancelId).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("confirmedCount", equalTo(0));
        Api.asOrganiser(system.registration).get("/api/v1/registrations/" + cancelledRegistration).then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("WORKSHOP"));

        // two sign-ups from the host city, for the dashboard
        signUp(workshopId, "Mitali Ghosh", "mitali." + suffix + "@kmc.example", hostCityId);
        signUp(workshopId, "Arup Sen", "arup." + suffix + "@kmc.example", hostCityId);

        ConsoleBrowser.run(system, "workshops", "dashboard", workshopId, title, hostCity);

        // what the dashboard showed is what the service counts
        Api.asOrganiser(system.registration).get("/api/v1/workshops/" + workshopId).then().statusCode(200)
                .body("confirmedCount", equalTo(2)).body("waitlistCount", equalTo(0))
                .body("attendanceCount", equalTo(0));
        JsonPath seats = Api.as(system.registration).get("/api/v1/workshops/" + workshopId + "/seats").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, seats.getList("groups").size());
        assertEquals(hostCityId, seats.getString("groups[0].key"));
        assertEquals(3, seats.getInt("groups[0].limit"));
        assertEquals(2, seats.getInt("groups[0].confirmed"));
    }

    private String city(String name, String countryCode) {
        return Api.asOrganiser(system.directory)
                .body(Map.of("name", name, "countryCode", countryCode, "region", "South Asia"))
                .post("/api/v1/cities").then().statusCode(201).extract().path("id");
    }

    /** The workshop of that title, from the organiser's list of every workshop (all pages). */
    private JsonPath workshopTitled(String title) {
        String cursor = null;
        for (int page = 0; page < 50; page++) {
            var request = Api.asOrganiser(system.registration).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath answer = request.get("/api/v1/workshops").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = answer.getList("items");
            for (int i = 0; i < items.size(); i++) {
                if (title.equals(items.get(i).get("title"))) {
                    String id = answer.getString("items[" + i + "].id");
                    return Api.asOrganiser(system.registration).get("/api/v1/workshops/" + id).then().statusCode(200)
                            .extract().jsonPath();
                }
            }
            cursor = answer.getString("next");
            if (cursor == null) {
                break;
            }
        }
        throw new AssertionError("no workshop titled " + title);
    }

    /** A confirmed sign-up; the registration service may learn the new city a moment after the directory. */
    private void signUp(String workshopId, String fullName, String email, String cityId) {
        Map<String, Object> body = Map.of("fullName", fullName, "email", email, "cityId", cityId,
                "answers", Map.of("diet", "vegetarian"));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Response answer;
        do {
            answer = Api.as(system.registration).body(body).post("/api/v1/workshops/" + workshopId + "/registrations");
        } while (answer.statusCode() == 422 && System.nanoTime() < deadline && pause());
        answer.then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    private static boolean pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
