package org.convene.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The SMTP server accepted an email, then the database went away before SENT was committed (the PostgreSQL restart
 * of the fault drill). A trigger makes that happen on real PostgreSQL: while it exists, the session that tries to
 * mark this recipient's row SENT is terminated (the same FATAL as a server restart), so the commit is lost and the
 * row stays PENDING. The sender must keep the acceptance in memory: no second copy while the database refuses, and
 * the row SENT (one attempt) once it answers again.
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class LostSentCommitTest {

    static final String CONFIRMED = "convene.registration.confirmed.v1";

    @Inject
    DataSource dataSource;

    @Test
    void anEmailAcceptedWhileTheDatabaseIsAwayIsNotSentAgainAndIsMarkedSentLater() throws Exception {
        String email = "lost-commit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        sql("""
                create or replace function test_lose_sent_commit() returns trigger language plpgsql as $$
                begin
                    if new.status = 'SENT' and new.recipient like 'lost-commit-%' then
                        perform pg_terminate_backend(pg_backend_pid());
                    end if;
                    return new;
                end $$""");
        sql("create trigger test_lose_sent_commit before update on notification for each row"
                + " execute function test_lose_sent_commit()");
        try {
            TestEvents.publishRegistration(CONFIRMED, TestEvents.registration(UUID.randomUUID(),
                    TestEvents.workshop(UUID.randomUUID(), "Coastal erosion", OffsetDateTime.of(2027, 12, 2, 4, 30,
                            0, 0, ZoneOffset.UTC), 0),
                    "CONFIRMED", null, "Lata Sen", email, "token-lata", null));
            assertEquals(1, Mailbox.await(email, 1, Duration.ofSeconds(30)).size(), "accepted by SMTP");
            // Many polls (every 200 ms in tests) while the database refuses SENT: the row is due, still PENDING.
            assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(3)).size(), "not sent again");
            given().auth().oauth2(TestTokens.organiser()).queryParam("recipient", email)
                    .get("/api/v1/notifications").then().statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].status", equalTo("PENDING"));
        } finally {
            sql("drop trigger if exists test_lose_sent_commit on notification");
            sql("drop function if exists test_lose_sent_commit()");
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String status = null;
        while (!"SENT".equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = given().auth().oauth2(TestTokens.organiser()).queryParam("recipient", email)
                    .get("/api/v1/notifications").then().statusCode(200).extract().path("items[0].status");
        }
        given().auth().oauth2(TestTokens.organiser()).queryParam("recipient", email)
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].sentAt", notNullValue())
                .body("items[0].lastError", equalTo(null));
        assertEquals(1, Mailbox.settle(email, Duration.ofSeconds(1)).size(), "exactly once");
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement);
        }
    }
}
