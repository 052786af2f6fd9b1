package org.convene.directory;

import static io.restassured.RestAssured.given;
import static org.convene.directory.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.directory.messaging.DirectoryEvents;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Producer side of the contracts: what the directory publishes validates against contracts/events. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "directory"))
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode checked(ConsumerRecord<String, byte[]> event, String type, String id) throws Exception {
        Contracts.assertValid(type, event.value());
        assertEquals(type, TopicReader.header(event, "ce_type"));
        assertEquals(id, TopicReader.header(event, "ce_subject"));
        assertEquals(id, event.key());
        assertEquals("1.0", TopicReader.header(event, "ce_specversion"));
        assertEquals("application/json", TopicReader.header(event, "content-type"));
        return JSON.readTree(event.value());
    }

    @Test
    void cityCreatedAndUpdatedMatchTheirSchemas() throws Exception {
        String id = Fixtures.city(Fixtures.unique("Sylhet"), "BD");
        JsonNode created = checked(Fixtures.event(DirectoryEvents.CITIES_TOPIC, id, DirectoryEvents.CITY_CREATED),
                DirectoryEvents.CITY_CREATED, id);
        assertEquals("South Asia", created.get("region").asText());

        given().auth().oauth2(TOKEN).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"region\": null}").patch("/api/v1/cities/" + id).then().statusCode(200);
        JsonNode updated = checked(Fixtures.event(DirectoryEvents.CITIES_TOPIC, id, DirectoryEvents.CITY_UPDATED),
                DirectoryEvents.CITY_UPDATED, id);
        assertEquals(true, updated.get("region").isNull(), "the whole city, region now null");
        assertEquals(created.get("name"), updated.get("name"));
    }

    @Test
    void memberCreatedUpdatedAndErasedMatchTheirSchemas() throws Exception {
        String cityId = Fixtures.city();
        String organisationId = Fixtures.organisation(Fixtures.unique("Maldives Red Crescent"), "NGO", cityId);
        String id = given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("fullName", "އަހުމަދު ނަސީމް", "email", Fixtures.uniqueEmail("nasym"),
                        "cityId", cityId, "organisationId", organisationId, "preferredLanguage", "dv"))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        JsonNode created = checked(Fixtures.event(DirectoryEvents.MEMBERS_TOPIC, id, DirectoryEvents.MEMBER_CREATED),
                DirectoryEvents.MEMBER_CREATED, id);
        assertEquals(organisationId, created.get("organisationId").asText());

        given().auth().oauth2(TOKEN).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"organisationId\": null, \"preferredLanguage\": \"en\"}").patch("/api/v1/members/" + id)
                .then().statusCode(200);
        JsonNode updated = checked(Fixtures.event(DirectoryEvents.MEMBERS_TOPIC, id, DirectoryEvents.MEMBER_UPDATED),
                DirectoryEvents.MEMBER_UPDATED, id);
        assertEquals(true, updated.get("organisationId").isNull());
        assertEquals("en", updated.get("preferredLanguage").asText());
        assertEquals("އަހުމަދު ނަސީމް", updated.get("fullName").asText());

        given().auth().oauth2(TOKEN).delete("/api/v1/members/" + id).then().statusCode(204);
        JsonNode erased = checked(Fixtures.event(DirectoryEvents.MEMBERS_TOPIC, id, DirectoryEvents.MEMBER_ERASED),
                DirectoryEvents.MEMBER_ERASED, id);
        assertEquals(1, erased.size());
    }
}
