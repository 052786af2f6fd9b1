package org.convene.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.convene.platform.Ids;

/**
 * Ledger rows for the sender tests, in SQL: the sender's real input is a due PENDING row, whoever wrote it. A template
 * row comes the whole real way (a registration.confirmed event, the handler, the sender); copies of it, due now, each
 * to its own recipient, are inserted in one transaction.
 */
final class LedgerRows {

    static final String CONFIRMED = "convene.registration.confirmed.v1";

    private LedgerRows() {
    }

    /** A confirmation that went the real way; returns its ledger row once its email was sent. */
    static UUID template(DataSource dataSource) throws Exception {
        String email = TestEvents.uniqueEmail("template");
        TestEvents.publishRegistration(CONFIRMED, TestEvents.registration(UUID.randomUUID(),
                TestEvents.workshop(UUID.randomUUID(), "Ward-level heat plans",
                        OffsetDateTime.of(2027, 12, 2, 4, 30, 0, 0, ZoneOffset.UTC), 1),
                "CONFIRMED", null, "Template Attendee", email, "token-template", null));
        assertEquals(1, Mailbox.await(email, 1, Duration.ofSeconds(30)).size(), "the template email");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Map<UUID, String> sent = select(dataSource, "select id, status from notification where recipient = ?",
                    email);
            for (Map.Entry<UUID, String> row : sent.entrySet()) {
                if ("SENT".equals(row.getValue())) {
                    return row.getKey();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the template row was not marked SENT");
    }

    /** Copies of the template, PENDING and due now, one per recipient, in one transaction; returns their ids. */
    static List<UUID> copies(DataSource dataSource, UUID template, List<String> recipients) throws SQLException {
        return copies(dataSource, template, recipients, null, Duration.ZERO);
    }

    /**
     * The same, but already claimed by {@code claim} for {@code lease} (a sender that claimed them and died), unless
     * {@code claim} is null.
     */
    static List<UUID> copies(DataSource dataSource, UUID template, List<String> recipients, UUID claim,
            Duration lease) throws SQLException {
        UUID[] ids = new UUID[recipients.size()];
        String[] events = new String[recipients.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Ids.newId();
            events[i] = "test:" + ids[i];
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into notification (id, event_id, type, recipient, recipient_name, language, subject,
                            status, essential, attempts, next_attempt_at, created_at, workshop_id, registration_id,
                            message_id, payload, claim, claimed_until)
                        select v.id, v.event_id, t.type, v.recipient, t.recipient_name, t.language, t.subject,
                            'PENDING', t.essential, 0, now(), now(), t.workshop_id, t.registration_id,
                            '<' || v.id || '@convene.local>', t.payload, ?::uuid,
                            case when ?::uuid is null then null else now() + make_interval(secs => ?) end
                        from notification t, unnest(?::uuid[], ?::text[], ?::text[]) as v(id, event_id, recipient)
                        where t.id = ?""")) {
            insert.setObject(1, claim);
            insert.setObject(2, claim);
            insert.setDouble(3, lease.toMillis() / 1000.0);
            insert.setArray(4, connection.createArrayOf("uuid", ids));
            insert.setArray(5, connection.createArrayOf("text", events));
            insert.setArray(6, connection.createArrayOf("text", recipients.toArray()));
            insert.setObject(7, template);
            assertEquals(ids.length, insert.executeUpdate());
        }
        return List.of(ids);
    }

    static List<String> recipients(String name, int count) {
        List<String> recipients = new ArrayList<>(count);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            recipients.add(name + "-" + run + "-" + i + "@example.org");
        }
        return recipients;
    }

    /** id → status of these rows. */
    static Map<UUID, String> statuses(DataSource dataSource, List<UUID> ids) throws SQLException {
        return select(dataSource, "select id, status from notification where id = any (?)", ids.toArray(new UUID[0]));
    }

    /** Waits until none of these rows is PENDING; returns id → status. */
    static Map<UUID, String> awaitDone(DataSource dataSource, List<UUID> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<UUID, String> statuses = statuses(dataSource, ids);
        while (statuses.containsValue("PENDING") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            statuses = statuses(dataSource, ids);
        }
        return statuses;
    }

    /** The rows as the tests check them: attempts, last_error, claim and sent_at. */
    record Row(UUID id, String recipient, String status, int attempts, String lastError, UUID claim,
            boolean sent, String messageId) {
    }

    static List<Row> rows(DataSource dataSource, List<UUID> ids) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, recipient, status, attempts,"
                        + " last_error, claim, sent_at is not null, message_id from notification where id = any (?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), rs.getObject(6, UUID.class), rs.getBoolean(7), rs.getString(8)));
                }
            }
        }
        return rows;
    }

    private static Map<UUID, String> select(DataSource dataSource, String sql, Object parameter) throws SQLException {
        Map<UUID, String> result = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter instanceof Object[] array) {
                select.setArray(1, connection.createArrayOf("uuid", array));
            } else {
                select.setObject(1, parameter);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        }
        return result;
    }
}
