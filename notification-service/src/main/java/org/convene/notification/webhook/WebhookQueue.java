package org.convene.notification.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * The deliveries as the sender's queue, in plain JDBC (one statement each, autocommit), like the email ledger's
 * {@code DeliveryQueue}: due rows are claimed with a lease ({@code claim}, {@code claimed_until}) and
 * {@code FOR UPDATE SKIP LOCKED}, so several instances never send one row at once.
 */
@ApplicationScoped
public class WebhookQueue {

    /**
     * Due: PENDING, its time has come, no live claim, its subscription ACTIVE, and no earlier PENDING row of the same
     * subscription and workshop (in order per workshop: a row in back-off holds the later ones back; FAILED ones do
     * not). Per subscription, no more rows than leave it at most {@code per-subscription} live claims (counted once
     * per subscription, not once per due row: under a backlog that was a scan of the pending rows for each of them).
     */
    static final String CLAIM = """
            with live as (
                select subscription_id, count(*) as claims from webhook_delivery
                where status = 'PENDING' and claimed_until >= now()
                group by subscription_id
            ), due as (
                select d.id, d.next_attempt_at, d.seq,
                    row_number() over (partition by d.subscription_id order by d.next_attempt_at, d.seq) as n,
                    coalesce(l.claims, 0) as live
                from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                    left join live l on l.subscription_id = d.subscription_id
                where d.status = 'PENDING' and d.next_attempt_at <= now()
                  and (d.claimed_until is null or d.claimed_until < now())
                  and s.status = 'ACTIVE'
                  and not exists (select 1 from webhook_delivery e
                                  where e.subscription_id = d.subscription_id and e.ordering_key = d.ordering_key
                                    and e.status = 'PENDING' and e.seq < d.seq)
            ), room as (
                select due.id from due where due.n + due.live <= ?
                order by due.next_attempt_at, due.seq limit ?
            ), locked as (
                select d.id from webhook_delivery d
                where d.id in (select id from room) and d.status = 'PENDING'
                  and (d.claimed_until is null or d.claimed_until < now())
                for update skip locked
            )
            update webhook_delivery d set claim = ?, claimed_until = now() + make_interval(secs => ?)
            from locked, webhook_subscription s
            where d.id = locked.id and s.id = d.subscription_id
            returning d.id, d.subscription_id, d.event_id, d.event_type, d.event_source, d.event_subject,
                d.event_time, d.data, d.attempts, d.created_at, d.retry_until, s.url, s.secret_sealed""";

    /** A 2xx: DELIVERED; the subscription's failure clock stops. */
    static final String DELIVERED = """
            with d as (
                update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_response_code = ?,
                    last_duration_ms = ?, delivered_at = now(), next_attempt_at = null, claim = null,
                    claimed_until = null
                where id = ? and claim = ? and status = 'PENDING'
                returning subscription_id)
            update webhook_subscription s set failing_since = null from d
            where s.id = d.subscription_id and s.failing_since is not null""";

    /**
     * A failed attempt: PENDING again at the next attempt, or FAILED; the subscription's failure clock starts at the
     * oldest failing delivery (not before it was last enabled). Returns whether it has failed for the give-up window.
     */
    static final String FAILED = """
            with d as (
                update webhook_delivery set status = ?, attempts = attempts + 1, last_response_code = ?,
                    last_duration_ms = ?, last_error = ?, next_attempt_at = ?, claim = null, claimed_until = null
                where id = ? and claim = ? and status = 'PENDING'
                returning subscription_id, created_at)
            update webhook_subscription s
            set failing_since = least(coalesce(s.failing_since, 'infinity'), greatest(d.created_at, s.enabled_at))
            from d where s.id = d.subscription_id and s.status = 'ACTIVE'
            returning s.failing_since <= now() - make_interval(secs => ?)""";

    static final String RELEASE = """
            update webhook_delivery set claim = null, claimed_until = null where id = ? and claim = ?""";

    @Inject
    AgroalDataSource dataSource;

    /** A claimed row: what the request needs. */
    public record Claimed(UUID id, UUID subscriptionId, String eventId, String eventType, String source,
            String subject, OffsetDateTime time, String data, int attempts, Instant createdAt, Instant retryUntil,
            String url, String secretSealed) {
    }

    public List<Claimed> claim(UUID claim, int limit, int perSubscription, Duration lease) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, perSubscription);
            statement.setInt(2, limit);
            statement.setObject(3, claim);
            statement.setDouble(4, lease.toMillis() / 1000.0);
            List<Claimed> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getInt(9),
                            Webhooks.instant(rs, 10), Webhooks.instant(rs, 11), rs.getString(12), rs.getString(13)));
                }
            }
            return rows;
        }
    }

    public void delivered(UUID id, UUID claim, int code, long durationMs) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(DELIVERED)) {
            statement.setInt(1, code);
            statement.setLong(2, durationMs);
            statement.setObject(3, id);
            statement.setObject(4, claim);
            statement.executeUpdate();
        }
    }

    /**
     * Records a failed attempt; {@code next} null means FAILED. Returns true when the subscription has now failed for
     * the whole give-up window (the caller disables it).
     */
    public boolean failed(UUID id, UUID claim, Integer code, long durationMs, String error, Instant next,
            Duration giveUpAfter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FAILED)) {
            statement.setString(1, next == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name());
            if (code == null) {
                statement.setNull(2, java.sql.Types.INTEGER);
            } else {
                statement.setInt(2, code);
            }
            statement.setLong(3, durationMs);
            statement.setString(4, error);
            statement.setObject(5, next == null ? null : OffsetDateTime.ofInstant(next, ZoneOffset.UTC),
                    java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setObject(6, id);
            statement.setObject(7, claim);
            statement.setDouble(8, giveUpAfter.toMillis() / 1000.0);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Gives a claimed row back unsent (stopping): due again at once for any sender. */
    public void release(UUID id, UUID claim) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(RELEASE)) {
            statement.setObject(1, id);
            statement.setObject(2, claim);
            statement.executeUpdate();
        }
    }
}
