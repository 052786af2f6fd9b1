package org.convene.systemtests;

import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * With the broker down the registration service's replica cannot learn a new city; it asks the directory (with a
 * short timeout), so a workshop can be created in the new city and an attendee can name it at once.
 */
class DirectoryFallbackTest {

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void aCityTheReplicaHasNotSeenIsConfirmedByTheDirectory() {
        system.kafka.stop();
        try {
            String cityId = Api.createCity(system, "Sylhet");
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).withNano(0);
            String workshopId = Api.asOrganiser(system.registration)
                    .body(Map.of("title", "Fallback drill", "hostCityId", cityId, "timezone", "Asia/Dhaka",
                            "startsAt", start.toString(), "endsAt", start.plusHours(8).toString(), "capacity", 5))
                    .post("/api/v1/workshops").then().statusCode(201).extract().path("id");
            Api.asOrganiser(system.registration).post("/api/v1/workshops/" + workshopId + "/publish").then()
                    .statusCode(200);
            Api.as(system.registration)
                    .body(Map.of("fullName", "Farhana Begum", "email",
                            "farhana." + UUID.randomUUID().toString().substring(0, 8) + "@sylhet.example",
                            "cityId", cityId))
                    .post("/api/v1/workshops/" + workshopId + "/registrations").then().statusCode(201)
                    .body("status", equalTo("CONFIRMED"));
            Api.as(system.registration)
                    .body(Map.of("fullName", "Nobody", "email", "nobody@example.org", "cityId",
                            UUID.randomUUID().toString()))
                    .post("/api/v1/workshops/" + workshopId + "/registrations").then().statusCode(422);
        } finally {
            system.kafka.start();
        }
    }
}
