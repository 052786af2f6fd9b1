package org.convene.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.convene.registration.repository.RegistrationRepository;
import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The two look-ups a sign-up makes by email (the duplicate check and the per-email limit) read one index entry per
 * email whatever PostgreSQL's statistics say: here those of a workshop that was empty when the table was analyzed and
 * then got 5,000 registrations, the state a rush is in (bench/drill overload found both reading every registration
 * of the workshop, or of the table, for every group of sign-ups). Both plans are checked: the one made for the values
 * and the generic one of a prepared statement.
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class ActiveEmailCheckTest {

    @Inject
    RegistrationRepository registrations;

    @Test
    void bothLookUpsByEmailUseTheirIndexWithStaleStatistics() throws Exception {
        String workshop = Fixtures.openWorkshop(5);
        String registered = "Active." + UUID.randomUUID() + "@Example.org";
        Fixtures.signUp(workshop, Map.of("fullName", "Active Attendee", "email", registered));
        String bulk = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = Fixtures.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("analyze registration");
            statement.execute("insert into registration (id, workshop_id, status, full_name, email, manage_token_hash,"
                    + " manage_token_sealed, registered_at) select gen_random_uuid(), '" + workshop + "', 'CONFIRMED',"
                    + " 'Bulk ' || n, '" + bulk + "-' || n || '@example.org', '" + bulk + "-' || n, 'sealed', now()"
                    + " from generate_series(1, 5000) n");
            String[] emails = {registered.toLowerCase(), bulk + "-17@example.org", "nobody@example.org"};
            for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                statement.execute("set plan_cache_mode = " + mode);
                String duplicates = plan(statement, RegistrationRepository.ACTIVE_EMAILS_SQL, emails, "uuid",
                        workshop);
                // by (workshop, email) or by email: either reads the few registrations of that email
                assertTrue(duplicates.matches("(?s).*Index Cond: [^\\n]*lower\\(email\\) = e\\.k.*"),
                        mode + ": the duplicate check does not look up the email in an index:\n" + duplicates);
                String recent = plan(statement, RegistrationRepository.REGISTERED_SINCE_SQL, emails,
                        "timestamptz", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString());
                assertTrue(recent.matches("(?s).*Index Cond: [^\\n]*lower\\(email\\) = lower\\(e\\.k\\).*"),
                        mode + ": the per-email count does not look up the email:\n" + recent);
                assertFalse(duplicates.contains("Seq Scan") || recent.contains("Seq Scan"),
                        mode + ": a sequential scan:\n" + duplicates + "\n" + recent);
            }
            statement.execute("reset plan_cache_mode");
        }

        // and the answers are right
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(Set.of(registered.toUpperCase(), bulk + "-9@EXAMPLE.org"), registrations.withActiveRegistration(
                    UUID.fromString(workshop), List.of(registered.toUpperCase(), bulk + "-9@EXAMPLE.org",
                            "nobody@example.org")));
            Map<String, RegistrationRepository.Recent> recent = registrations.registeredSince(
                    List.of(registered, "nobody@example.org"), Instant.now().minus(1, ChronoUnit.HOURS));
            assertEquals(Set.of(registered), recent.keySet());
            assertEquals(1, recent.get(registered).count());
        });
    }

    /**
     * The plan PostgreSQL runs {@code sql} with, as a prepared statement (PREPARE, then EXPLAIN EXECUTE): its two
     * parameters are the array of emails and a value of {@code type}.
     */
    private static String plan(Statement statement, String sql, String[] emails, String type, String value)
            throws Exception {
        String name = "look_up_" + UUID.randomUUID().toString().replace("-", "");
        statement.execute("prepare " + name + "(text[], " + type + ") as "
                + sql.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2"));
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("explain execute " + name + "(array['"
                + String.join("', '", emails) + "'], '" + value + "')")) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        statement.execute("deallocate " + name);
        return plan.toString();
    }
}
