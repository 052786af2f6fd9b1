package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.SharedInfrastructure;
import org.convene.testkit.TestTokens;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class WorkshopResourceTest {

    @Test
    void createsADraftThatOnlyOrganisersSee() {
        Map<String, Object> body = Fixtures.workshopBody(30);
        String id = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workshops").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/workshops/"))
                .header("ETag", equalTo("\"r0\"")).body("status", equalTo("DRAFT")).extract().path("id");
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT")).body("capacity", equalTo(30)).body("confirmedCount", equalTo(0))
                .body("waitlistCount", equalTo(0)).body("seatsLeft", equalTo(30))
                .body("timezone", equalTo("Asia/Kolkata")).body("startsAt", equalTo("2027-03-03T09:30:00+05:30"));
        given().get("/api/v1/workshops/" + id).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("limit", 200).get("/api/v1/workshops").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(TOKEN).queryParam("status", "DRAFT").queryParam("limit", 200)
                .get("/api/v1/workshops").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void publishingOpensItAndPublishesWorkshopPublished() {
        String id = Fixtures.createWorkshop(Fixtures.workshopBody(12));
        given().auth().oauth2(TOKEN).post("/api/v1/workshops/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("OPEN")).body("publishedAt", notNullValue());
        given().get("/api/v1/workshops/" + id).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("seatsLeft", equalTo(12)).body("registrationOpen", equalTo(true));
        given().queryParam("limit", 200).get("/api/v1/workshops").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(TOKEN).post("/api/v1/workshops/" + id + "/publish").then().statusCode(422)
                .contentType("application/problem+json");

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(),
                "registration.workshops.v1")) {
            List<ConsumerRecord<String, byte[]>> events = reader.await(TopicReader.withSubject(id), 1,
                    Duration.ofSeconds(20));
            assertEquals(1, events.size());
            ConsumerRecord<String, byte[]> event = events.get(0);
            assertEquals("convene.workshop.published.v1", TopicReader.header(event, "ce_type"));
            assertEquals("/registration-service", TopicReader.header(event, "ce_source"));
            assertEquals(id, event.key());
            Contracts.assertValid("convene.workshop.published.v1", event.value());
            assertTrue(new String(event.value()).replace(" ", "").contains("\"sequence\":0"));
        }
    }

    @Test
    void invalidWorkshopsAre400NamingTheFields() {
        Map<String, Object> body = Fixtures.workshopBody(0);
        body.put("timezone", "Mars/Olympus");
        body.put("title", "");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/workshops")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("capacity")).body("errors.field", hasItem("timezone"))
                .body("errors.field", hasItem("title"));
        Map<String, Object> backwards = Fixtures.workshopBody(10);
        backwards.put("endsAt", "2027-03-03T09:00:00+05:30");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(backwards).post("/api/v1/workshops")
                .then().statusCode(400).body("errors.field", hasItem("endsAt"));
        Map<String, Object> tooBig = Fixtures.workshopBody(100_001);
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(tooBig).post("/api/v1/workshops")
                .then().statusCode(400).body("errors.field", hasItem("capacity"));
        Map<String, Object> offset = Fixtures.workshopBody(10);
        offset.put("timezone", "+05:30");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(offset).post("/api/v1/workshops")
                .then().statusCode(400).body("errors.field", hasItem("timezone"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"title\": ").post("/api/v1/workshops")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"startsAt\": \"tomorrow\"}")
                .post("/api/v1/workshops").then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        given().queryParam("status", "SOMETIMES").get("/api/v1/workshops").then().statusCode(400);
        given().queryParam("hostCityId", "x").get("/api/v1/workshops").then().statusCode(400);
    }

    @Test
    void anUnknownHostCityIs422AfterAShortDirectoryFallback() {
        Map<String, Object> body = Fixtures.workshopBody(10);
        body.put("hostCityId", UUID.randomUUID().toString());
        long started = System.nanoTime();
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/workshops")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://convene.example/problems/unknown-city"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 5_000, "the directory fallback is bounded by its timeout, took " + millis + " ms");
    }

    @Test
    void organiserOperationsNeedAnOrganiserToken() throws Exception {
        Map<String, Object> body = Fixtures.workshopBody(10);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/workshops").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.signedByStranger()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workshops").then().statusCode(401);
        given().auth().oauth2(TestTokens.withGroups("attendee")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workshops").then().statusCode(403).contentType("application/problem+json");
        String id = Fixtures.createWorkshop(body);
        given().post("/api/v1/workshops/" + id + "/publish").then().statusCode(401);
        given().auth().oauth2(TestTokens.withGroups("attendee")).post("/api/v1/workshops/" + id + "/publish")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.withGroups("attendee")).get("/api/v1/workshops/" + id)
                .then().statusCode(404);
        given().get("/api/v1/workshops/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/workshops/not-a-uuid").then().statusCode(404);
        // A public read with a bad token is refused rather than silently treated as anonymous.
        given().auth().oauth2("not.a.token").get("/api/v1/workshops").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
