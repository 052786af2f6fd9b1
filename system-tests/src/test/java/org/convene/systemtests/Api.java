package org.convene.systemtests;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The public HTTP API, as a client uses it. */
final class Api {

    /** An organiser's token from Keycloak (client credentials of convene-cli); the first use starts the system. */
    static final String TOKEN = ConveneSystem.get().keycloak.organiserToken();

    private Api() {
    }

    static RequestSpecification as(ServiceProcess service) {
        return given().baseUri(service.baseUrl()).contentType(ContentType.JSON);
    }

    static RequestSpecification asOrganiser(ServiceProcess service) {
        return as(service).auth().oauth2(ConveneSystem.get().keycloak.organiserToken());
    }

    static String createCity(ConveneSystem system, String name) {
        return asOrganiser(system.directory)
                .body(Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6), "countryCode", "IN",
                        "region", "South Asia"))
                .post("/api/v1/cities").then().statusCode(201).extract().path("id");
    }

    /** Creates and publishes a workshop; the registration service learns the city from Kafka (or asks the directory). */
    static String openWorkshop(ConveneSystem system, String cityId, String title, int capacity) {
        return openWorkshop(system, cityId, title, capacity, Map.of());
    }

    /** {@link #openWorkshop(ConveneSystem, String, String, int)} with more fields (admission, questions). */
    static String openWorkshop(ConveneSystem system, String cityId, String title, int capacity,
            Map<String, Object> more) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "hostCityId", cityId,
                "venue", "Town Hall, Kolkata", "timezone", "Asia/Kolkata", "startsAt", start.toString(),
                "endsAt", start.plusDays(1).toString(), "capacity", capacity, "waitlistEnabled", true));
        body.putAll(more);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Response created;
        do {
            created = asOrganiser(system.registration).body(body).post("/api/v1/workshops");
        } while (created.statusCode() == 422 && System.nanoTime() < deadline && pause());
        created.then().statusCode(201);
        String id = created.path("id");
        asOrganiser(system.registration).post("/api/v1/workshops/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static Response signUp(ConveneSystem system, String workshopId, String fullName, String email) {
        return as(system.registration).body(Map.of("fullName", fullName, "email", email))
                .post("/api/v1/workshops/" + workshopId + "/registrations");
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
