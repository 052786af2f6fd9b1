package org.convene.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The console's people pages in a browser (browser/console-people.mjs): on a workshop with APPROVAL admission and
 * one question, three people apply through the API; the organiser approves one, rejects one with a reason (after
 * forgetting it), invites two named people (after a mistake) and revokes one invitation, invites the (memberless)
 * city and searches the directory's members, filters the registrations,
 * downloads the roster as CSV and XLSX, and reads the pages in Bengali. Then the API says what the console did.
 */
class ConsolePeopleJourneyTest {

    static final String REASON = "This workshop is for ward-level practitioners; the spring one fits your role.";

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void anOrganiserDecidesApplicationsInvitesPeopleAndDownloadsTheRoster() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String cityId = Api.createCity(system, "Khulna");
        String title = "Ward heat plans " + suffix;
        List<Map<String, Object>> questions = List.of(Map.of("key", "role", "type", "TEXT", "required", true,
                "label", Map.of("en", "Your role", "bn", "আপনার ভূমিকা")));
        String workshopId = Api.openWorkshop(system, cityId, title, 10,
                Map.of("admission", "APPROVAL", "questions", questions));

        String approved = apply(workshopId, cityId, "Rafiqul Islam", "rafiqul." + suffix + "@dncc.example",
                "Dhaka North City Corporation", "Urban planner");
        String rejected = apply(workshopId, cityId, "Nusrat Jahan", "nusrat." + suffix + "@kcc.example",
                "Khulna City Corporation", "Journalist");
        String waiting = apply(workshopId, cityId, "Kamal Hossain", "kamal." + suffix + "@rcc.example",
                null, "Ward councillor");
        String cityName = Api.as(system.directory).get("/api/v1/cities/" + cityId).then().statusCode(200).extract()
                .path("name");
        String invitee1 = "amina." + suffix + "@lagos.example";
        String invitee2 = "tariq." + suffix + "@dncc.example";

        ConsoleBrowser.run(system, "people", workshopId, title, "Rafiqul Islam", "Nusrat Jahan", "Kamal Hossain",
                REASON, "Amina Yusuf", invitee1, "Tariq Hasan", invitee2, cityName);

        // what the console did, as the API sees it
        Api.asOrganiser(system.registration).get("/api/v1/registrations/" + approved).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("rejectionReason", nullValue());
        Api.asOrganiser(system.registration).get("/api/v1/registrations/" + rejected).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo(REASON));
        Api.asOrganiser(system.registration).get("/api/v1/registrations/" + waiting).then().statusCode(200)
                .body("status", equalTo("PENDING"));
        Api.asOrganiser(system.registration).get("/api/v1/workshops/" + workshopId + "/invitations?status=PENDING")
                .then().statusCode(200).body("items.email", equalTo(List.of(invitee1)))
                .body("items[0].fullName", equalTo("Amina Yusuf")).body("items[0].via", equalTo("person"))
                .body("items[0].skipApproval", equalTo(true));
        Api.asOrganiser(system.registration).get("/api/v1/workshops/" + workshopId + "/invitations?status=REVOKED")
                .then().statusCode(200).body("items.email", equalTo(List.of(invitee2)));
        Api.as(system.registration).get("/api/v1/workshops/" + workshopId).then().statusCode(200)
                .body("confirmedCount", equalTo(1));
    }

    /** An application through the public API (admission APPROVAL: PENDING); its registration id. */
    private String apply(String workshopId, String cityId, String fullName, String email, String organisation,
            String role) {
        Map<String, Object> body = new HashMap<>(Map.of("fullName", fullName, "email", email, "cityId", cityId,
                "answers", Map.of("role", role)));
        if (organisation != null) {
            body.put("organisation", organisation);
        }
        return Api.as(system.registration).body(body).post("/api/v1/workshops/" + workshopId + "/registrations")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
    }
}
