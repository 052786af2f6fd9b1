package org.convene.directory;

import static io.restassured.RestAssured.given;
import static org.convene.directory.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.directory.messaging.DirectoryEvents;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.TestTokens;
import org.convene.testkit.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "directory"))
class MemberErasureTest {

    @Inject
    DataSource dataSource;

    @Test
    void erasureRemovesThePersonAndPublishesMemberErased() throws Exception {
        String email = Fixtures.uniqueEmail("shirin");
        String id = Fixtures.member("Shirin Akter", email, Fixtures.city());
        Fixtures.event(DirectoryEvents.MEMBERS_TOPIC, id, DirectoryEvents.MEMBER_CREATED);

        given().auth().oauth2(TOKEN).delete("/api/v1/members/" + id).then().statusCode(204);
        given().auth().oauth2(TOKEN).get("/api/v1/members/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TOKEN).delete("/api/v1/members/" + id).then().statusCode(404)
                .contentType("application/problem+json");

        ConsumerRecord<String, byte[]> erased = Fixtures.event(DirectoryEvents.MEMBERS_TOPIC, id,
                DirectoryEvents.MEMBER_ERASED);
        assertEquals(id, erased.key());
        assertEquals(new ObjectMapper().createObjectNode().put("id", id), new ObjectMapper().readTree(erased.value()));
        Contracts.assertValid(DirectoryEvents.MEMBER_ERASED, erased.value());
        assertEquals("convene.member.erased.v1", TopicReader.header(erased, "ce_type"));

        assertEquals(0, count("select count(*) from member where id = ?", id));
        assertEquals(0, count("select count(*) from member where lower(email) = lower(?)", email));
        assertEquals(0, count("select count(*) from outbox_event where payload::text like '%' || ? || '%'", email));
        assertEquals(1, count("select count(*) from outbox_event where subject = ?", id), "only member.erased");

        // the email is free again
        Fixtures.member("Shirin Akter", email, Fixtures.city());
    }

    @Test
    void erasureIsForOrganisersOnly() {
        String id = Fixtures.member("Kamal Hossain", Fixtures.uniqueEmail("kamal"), Fixtures.city());
        given().delete("/api/v1/members/" + id).then().statusCode(401);
        given().auth().oauth2(TestTokens.withGroups("attendee")).delete("/api/v1/members/" + id).then().statusCode(403);
        given().auth().oauth2(TOKEN).delete("/api/v1/members/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TOKEN).get("/api/v1/members/" + id).then().statusCode(200);
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            if (sql.contains("from member where id")) {
                statement.setObject(1, UUID.fromString(parameter));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
