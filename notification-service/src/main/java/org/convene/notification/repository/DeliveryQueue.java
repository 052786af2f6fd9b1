package org.convene.notification.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.domain.Notification;
import org.convene.notification.domain.NotificationStatus;
import org.convene.notification.domain.NotificationType;

import io.agroal.api.AgroalDataSource;

/**
 * The ledger as the sender's queue, in plain JDBC (one statement each, in autocommit: no ORM, no transaction manager
 * on the sending path). A batch of due rows is claimed in one statement with a lease ({@code claim},
 * {@code claimed_until}); outcomes are written for many rows in one statement each.
 */
@ApplicationScoped
public class DeliveryQueue {

    /**
     * A due row is claimed only when no earlier row of the same registration is still PENDING: a registration's
     * emails go out in the order they were queued (an earlier one in back-off holds the later ones back). The
     * workshop is read from the replica at claim time: an email shows the workshop as it is when it is sent.
     */
    static final String CLAIM = """
            update notification n set claim = ?, claimed_until = now() + make_interval(secs => ?)
            from (select q.id from notification q
                  where q.status = 'PENDING' and q.next_attempt_at <= now()
                    and (q.claimed_until is null or q.claimed_until < now())
                    and not (q.id = any (?))
                    and (q.registration_id is null or not exists (
                        select 1 from notification earlier
                        where earlier.registration_id = q.registration_id and earlier.status = 'PENDING'
                          and (earlier.created_at, earlier.id) < (q.created_at, q.id)))
                  order by q.next_attempt_at, q.id
                  limit ?
                  for update of q skip locked) due
            where n.id = due.id
            returning n.id, n.type, n.recipient, n.recipient_name, n.language, n.subject, n.essential, n.attempts,
                n.created_at, n.message_id, n.payload,
                (select jsonb_build_object('title', w.title, 'venue', w.venue, 'timezone', w.timezone,
                        'startsAt', w.starts_at, 'endsAt', w.ends_at, 'sequence', w.sequence)::text
                 from workshop w where w.id = n.workshop_id)""";

    static final String MARK_SENT = """
            update notification n set status = 'SENT', sent_at = s.sent_at::timestamptz, attempts = n.attempts + 1,
                next_attempt_at = null, claim = null, claimed_until = null
            from unnest(?::uuid[], ?::text[]) as s(id, sent_at)
            where n.id = s.id and n.status = 'PENDING'""";

    /**
     * Each failure is appended to the row's {@code failures}. A row that would be tried again, but that a later email
     * of its registration has made moot meanwhile (see {@code NotificationType.supersedes}), is SUPPRESSED instead.
     */
    static final String RECORD_FAILURES = """
            update notification n set
                status = case when f.status = 'PENDING' and exists (
                        select 1 from notification later
                        where later.registration_id = n.registration_id and later.id <> n.id
                          and later.created_at >= n.created_at and (later.type || ':' || n.type) = any (?::text[]))
                    then 'SUPPRESSED' else f.status end,
                suppressed_reason = case when f.status = 'PENDING' and exists (
                        select 1 from notification later
                        where later.registration_id = n.registration_id and later.id <> n.id
                          and later.created_at >= n.created_at and (later.type || ':' || n.type) = any (?::text[]))
                    then 'SUPERSEDED' end,
                attempts = n.attempts + 1, last_error = f.last_error,
                failures = n.failures || jsonb_build_array(jsonb_build_object(
                    'at', now(), 'attempt', n.attempts + 1, 'error', f.last_error)),
                next_attempt_at = f.next_attempt_at::timestamptz, claim = null, claimed_until = null
            from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[])
                as f(id, claim, status, last_error, next_attempt_at)
            where n.id = f.id and n.claim = f.claim and n.status = 'PENDING'""";

    static final String RELEASE = """
            update notification set claim = null, claimed_until = null
            where claim = ? and id = any (?) and status = 'PENDING'""";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Claims up to {@code limit} PENDING rows that are due and that no live claim holds, oldest due first, leaving
     * out {@code excluded} (emails already accepted by the SMTP server whose SENT is not recorded yet). Rows another
     * sender is claiming at this moment are skipped ({@code SKIP LOCKED}); a row whose claim has expired (its sender
     * died) is claimed again. The claim holds for {@code lease}.
     */
    public List<Notification> claim(UUID claim, int limit, Duration lease, Collection<UUID> excluded)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setObject(1, claim);
            statement.setDouble(2, lease.toMillis() / 1000.0);
            statement.setArray(3, connection.createArrayOf("uuid", excluded.toArray()));
            statement.setInt(4, limit);
            List<Notification> rows = new ArrayList<>(limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    private static Notification row(ResultSet rs) throws SQLException {
        Notification row = new Notification();
        row.id = rs.getObject(1, UUID.class);
        row.type = NotificationType.valueOf(rs.getString(2));
        row.recipient = rs.getString(3);
        row.recipientName = rs.getString(4);
        row.language = rs.getString(5);
        row.subject = rs.getString(6);
        row.essential = rs.getBoolean(7);
        row.attempts = rs.getInt(8);
        row.createdAt = rs.getObject(9, java.time.OffsetDateTime.class).toInstant();
        row.messageId = rs.getString(10);
        row.payload = rs.getString(11);
        row.workshopNow = rs.getString(12);
        row.status = NotificationStatus.PENDING;
        return row;
    }

    /**
     * Marks these emails SENT (accepted by the SMTP server at the given times), in one statement. Only PENDING rows
     * change, whoever claims them: a row marked twice, or after a commit whose answer was lost, changes once. Returns
     * the number of rows changed.
     */
    public int markSent(List<UUID> ids, List<Instant> sentAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(MARK_SENT)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            statement.setArray(2, connection.createArrayOf("text", sentAt.stream().map(Instant::toString).toArray()));
            return statement.executeUpdate();
        }
    }

    /** One failed attempt: the row goes back to PENDING at {@code nextAttemptAt}, or FAILED when that is null. */
    public record Failure(UUID id, UUID claim, String error, Instant nextAttemptAt) {
    }

    /**
     * Records failed attempts in one statement and releases their claims. A row whose claim is no longer the one
     * that failed (its lease expired and another sender claimed it) or that is no longer PENDING is left alone.
     */
    public int recordFailures(List<Failure> failures) throws SQLException {
        int size = failures.size();
        Object[] ids = new Object[size];
        Object[] claims = new Object[size];
        Object[] statuses = new Object[size];
        Object[] errors = new Object[size];
        Object[] next = new Object[size];
        for (int i = 0; i < size; i++) {
            Failure failure = failures.get(i);
            ids[i] = failure.id();
            claims[i] = failure.claim();
            statuses[i] = (failure.nextAttemptAt() == null ? NotificationStatus.FAILED : NotificationStatus.PENDING)
                    .name();
            errors[i] = failure.error();
            next[i] = failure.nextAttemptAt() == null ? null : failure.nextAttemptAt().toString();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(RECORD_FAILURES)) {
            java.sql.Array superseding = connection.createArrayOf("text", NotificationType.supersedingPairs());
            statement.setArray(1, superseding);
            statement.setArray(2, superseding);
            statement.setArray(3, connection.createArrayOf("uuid", ids));
            statement.setArray(4, connection.createArrayOf("uuid", claims));
            statement.setArray(5, connection.createArrayOf("text", statuses));
            statement.setArray(6, connection.createArrayOf("text", errors));
            statement.setArray(7, connection.createArrayOf("text", next));
            return statement.executeUpdate();
        }
    }

    /** Gives claimed rows back unsent (a stopping sender): due again at once for any sender. */
    public int release(UUID claim, Collection<UUID> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(RELEASE)) {
            statement.setObject(1, claim);
            statement.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            return statement.executeUpdate();
        }
    }
}
