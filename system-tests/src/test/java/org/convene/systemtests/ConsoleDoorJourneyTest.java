package org.convene.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * The door of the console in a browser (browser/console-door.mjs): a workshop with three confirmed attendees from
 * two cities, made through the API; the organiser finds one by typing part of a name (the list narrows without a
 * page load), checks them in and undoes it, finds another by their city's name and checks them in. Then the API
 * says who is checked in.
 */
class ConsoleDoorJourneyTest {

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void anOrganiserFindsPeopleAsTheyTypeAndChecksThemIn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String lagosName = "Lagos " + suffix;
        String lagos = Api.asOrganiser(system.directory)
                .body(Map.of("name", lagosName, "countryCode", "NG", "region", "West Africa"))
                .post("/api/v1/cities").then().statusCode(201).extract().path("id");
        String howrah = Api.createCity(system, "Howrah");
        String workshopId = Api.openWorkshop(system, howrah, "Cool roofs at the door " + suffix, 10);
        String mitali = signUp(workshopId, "Mitali Ghosh", "mitali." + suffix + "@hmc.example", howrah,
                "Howrah Municipal Corporation");
        String asha = signUp(workshopId, "Asha Roy", "asha." + suffix + "@kmc.example", howrah,
                "Kolkata Municipal Corporation");
        String farah = signUp(workshopId, "Farah Bello", "farah." + suffix + "@lasema.example", lagos,
                "Lagos State Emergency Management Agency");

        ConsoleBrowser.run(system, "door", workshopId, "Mita", "Mitali Ghosh", "Farah Bello", lagosName);

        // what the console did, as registration-service has it: Farah checked in, Mitali's check-in undone
        Api.asOrganiser(system.registration).get("/api/v1/registrations/" + farah).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("checkedInAt", notNullValue());
        Api.asOrganiser(system.registration).get("/api/v1/registrations/" + mitali).then().statusCode(200)
                .body("checkedInAt", nullValue());
        Api.asOrganiser(system.registration).get("/api/v1/registrations/" + asha).then().statusCode(200)
                .body("checkedInAt", nullValue());
        Api.as(system.registration).get("/api/v1/workshops/" + workshopId).then().statusCode(200)
                .body("confirmedCount", equalTo(3)).body("attendanceCount", equalTo(1));
    }

    /** A confirmed sign-up with a city (retried while registration-service has not yet heard of the city). */
    private String signUp(String workshopId, String fullName, String email, String cityId, String organisation) {
        Map<String, Object> body = Map.of("fullName", fullName, "email", email, "cityId", cityId,
                "organisation", organisation);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response answer;
        do {
            answer = Api.as(system.registration).body(body).post("/api/v1/workshops/" + workshopId + "/registrations");
        } while (answer.statusCode() == 422 && System.nanoTime() < deadline && pause());
        answer.then().statusCode(201).body("status", equalTo("CONFIRMED"));
        return answer.path("id");
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
