package org.convene.notification.webhook;

import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.notification.domain.NotificationType;
import org.convene.notification.service.Draft;
import org.convene.notification.service.Ledger;
import org.convene.platform.Ids;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.PageRequest;
import org.convene.platform.security.SealedSecrets;
import org.convene.platform.validation.PlainTextValidator;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;

/**
 * Organisers' webhook subscriptions and their delivery logs. Every subscription belongs to the organiser who created it
 * (the JWT's subject): to anyone else it does not exist (404).
 */
@ApplicationScoped
public class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class);
    public static final int MAX_EVENT_TYPES = 50;
    public static final int MAX_DESCRIPTION = 500;

    private static final String SUBSCRIPTION_COLUMNS = "id, url, event_types, description, status, created_at,"
            + " updated_at, disabled_at";
    private static final String DELIVERY_COLUMNS = "id, event_id, event_type, status, attempts, last_response_code,"
            + " last_duration_ms, last_error, created_at, delivered_at, next_attempt_at";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TargetGuard guard;

    @Inject
    SealedSecrets sealedSecrets;

    @Inject
    WebhookConfig config;

    @Inject
    Ledger ledger;

    @Inject
    ObjectMapper mapper;

    @Inject
    Event<DeliveriesDue> due;

    /** What a subscription is made of, as created or after a merge patch; checked by {@link #check}. */
    public record Form(String url, List<String> eventTypes, String description, String status) {
    }

    @Transactional
    public CreatedSubscription create(String owner, String ownerEmail, Form form) {
        Checked checked = check(form, false);
        String secret = Signatures.newSecret();
        UUID id = Ids.newId();
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into webhook_subscription (id, owner, owner_email, url, event_types, description, status,
                            secret_sealed, created_at, updated_at, enabled_at)
                        values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, owner);
            insert.setString(3, ownerEmail);
            insert.setString(4, checked.url());
            insert.setArray(5, connection.createArrayOf("text", checked.eventTypes().toArray()));
            insert.setString(6, checked.description());
            insert.setString(7, sealedSecrets.seal(secret));
            OffsetDateTime at = OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
            insert.setObject(8, at);
            insert.setObject(9, at);
            insert.setObject(10, at);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new CreatedSubscription(new Subscription(id, checked.url(), checked.eventTypes(), checked.description(),
                SubscriptionStatus.ACTIVE, now, now, null), secret);
    }

    /** The organiser's subscriptions, {@code page.fetchSize()} rows after the cursor, oldest first. */
    public List<Subscription> list(String owner, PageRequest page) {
        return query("select " + SUBSCRIPTION_COLUMNS + " from webhook_subscription where owner = ?"
                + " and (?::uuid is null or id > ?::uuid) order by id limit ?", Webhooks::subscription, owner,
                page.after(), page.after(), page.fetchSize());
    }

    public Subscription get(String owner, UUID id) {
        List<Subscription> found = query("select " + SUBSCRIPTION_COLUMNS
                + " from webhook_subscription where id = ? and owner = ?", Webhooks::subscription, id, owner);
        if (found.isEmpty()) {
            throw ProblemException.notFound("webhook", id);
        }
        return found.get(0);
    }

    /** The current form, for a merge patch to be applied to. */
    public Form form(Subscription subscription) {
        return new Form(subscription.url(), subscription.eventTypes(), subscription.description(),
                subscription.status().name());
    }

    /**
     * Writes the patched form. DISABLED → ACTIVE re-enables it: the failure clock starts again and the PENDING
     * deliveries are due now, with a fresh give-up window.
     */
    @Transactional
    public Subscription update(String owner, UUID id, Form patched) {
        List<Subscription> locked = query("select " + SUBSCRIPTION_COLUMNS
                + " from webhook_subscription where id = ? and owner = ? for update", Webhooks::subscription, id, owner);
        if (locked.isEmpty()) {
            throw ProblemException.notFound("webhook", id);
        }
        Subscription current = locked.get(0);
        Checked checked = check(patched, true);
        boolean reenabled = current.status() == SubscriptionStatus.DISABLED
                && checked.status() == SubscriptionStatus.ACTIVE;
        boolean disabled = current.status() == SubscriptionStatus.ACTIVE
                && checked.status() == SubscriptionStatus.DISABLED;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("""
                    update webhook_subscription set url = ?, event_types = ?, description = ?, status = ?,
                        updated_at = now(),
                        enabled_at = case when ? then now() else enabled_at end,
                        failing_since = case when ? then null else failing_since end,
                        disabled_at = case when ? then null when ? then now() else disabled_at end
                    where id = ?""")) {
                update.setString(1, checked.url());
                update.setArray(2, connection.createArrayOf("text", checked.eventTypes().toArray()));
                update.setString(3, checked.description());
                update.setString(4, checked.status().name());
                update.setBoolean(5, reenabled);
                update.setBoolean(6, reenabled);
                update.setBoolean(7, reenabled);
                update.setBoolean(8, disabled);
                update.setObject(9, id);
                update.executeUpdate();
            }
            if (reenabled) {
                try (PreparedStatement pending = connection.prepareStatement("""
                        update webhook_delivery set next_attempt_at = now(),
                            retry_until = greatest(retry_until, now() + make_interval(secs => ?))
                        where subscription_id = ? and status = 'PENDING'""")) {
                    pending.setDouble(1, config.giveUpAfter().toMillis() / 1000.0);
                    pending.setObject(2, id);
                    pending.executeUpdate();
                }
                due.fire(new DeliveriesDue());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return get(owner, id);
    }

    @Transactional
    public void delete(String owner, UUID id) {
        if (update("delete from webhook_subscription where id = ? and owner = ?", id, owner) == 0) {
            throw ProblemException.notFound("webhook", id);
        }
    }

    /** The subscription's delivery log, oldest first. */
    public List<Delivery> deliveries(String owner, UUID subscriptionId, PageRequest page) {
        get(owner, subscriptionId);
        return query("select " + DELIVERY_COLUMNS + " from webhook_delivery where subscription_id = ?"
                + " and (?::uuid is null or id > ?::uuid) order by id limit ?", Webhooks::delivery, subscriptionId,
                page.after(), page.after(), page.fetchSize());
    }

    /**
     * Makes a FAILED or PENDING delivery due now, with a fresh give-up window. A DELIVERED one, or one of a DISABLED
     * subscription (re-enable it first), is a 409.
     */
    @Transactional
    public Delivery retry(String owner, UUID subscriptionId, UUID deliveryId) {
        Subscription subscription = get(owner, subscriptionId);
        List<Delivery> found = query("select " + DELIVERY_COLUMNS
                + " from webhook_delivery where id = ? and subscription_id = ? for update", Webhooks::delivery,
                deliveryId, subscriptionId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("delivery", deliveryId);
        }
        if (found.get(0).status() == DeliveryStatus.DELIVERED) {
            throw ProblemException.conflict("delivery " + deliveryId + " was delivered already");
        }
        if (subscription.status() != SubscriptionStatus.ACTIVE) {
            throw ProblemException.conflict("webhook " + subscriptionId
                    + " is DISABLED; re-enable it (PATCH status ACTIVE) before retrying its deliveries");
        }
        update("""
                update webhook_delivery set status = 'PENDING', next_attempt_at = now(),
                    retry_until = now() + make_interval(secs => ?)
                where id = ?""", config.giveUpAfter().toMillis() / 1000.0, deliveryId);
        due.fire(new DeliveriesDue());
        return query("select " + DELIVERY_COLUMNS + " from webhook_delivery where id = ?", Webhooks::delivery,
                deliveryId).get(0);
    }

    /**
     * The subscription has failed for the give-up window: DISABLED, and its organiser emailed, once (only the
     * transaction that changes the status queues the email). Returns whether this call disabled it.
     */
    @Transactional
    public boolean disableFailing(UUID id) {
        List<Object[]> rows = query("""
                update webhook_subscription set status = 'DISABLED', disabled_at = now(), updated_at = now()
                where id = ? and status = 'ACTIVE'
                  and failing_since <= now() - make_interval(secs => ?)
                returning cast(id as text), owner_email, url, description, cast(failing_since as text),
                    cast(disabled_at as text)""", rs -> new Object[] {rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)},
                id, config.giveUpAfter().toMillis() / 1000.0);
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = rows.get(0);
        String email = (String) row[1];
        LOG.warnf("Webhook %s to %s DISABLED: no delivery succeeded since %s", id, row[2], row[4]);
        if (email == null || email.isBlank() || !email.contains("@")) {
            LOG.warnf("Webhook %s has no organiser email; nobody is told it was disabled", id);
            return true;
        }
        ObjectNode payload = mapper.createObjectNode();
        ObjectNode webhook = payload.putObject("webhook");
        webhook.put("id", id.toString());
        webhook.put("url", (String) row[2]);
        webhook.put("label", row[3] == null ? (String) row[2] : row[2] + " (" + row[3] + ")");
        webhook.put("failingSince", (String) row[4]);
        webhook.put("giveUpAfter", describe(config.giveUpAfter()));
        ledger.queue(new Draft("webhook-disabled:" + id + ":" + row[5], NotificationType.WEBHOOK_DISABLED, email,
                null, null, null, null, payload));
        return true;
    }

    static String describe(java.time.Duration duration) {
        if (duration.toHours() >= 1 && duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0) {
            return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
        }
        if (duration.toMinutes() >= 1 && duration.toSecondsPart() == 0) {
            return duration.toMinutes() + (duration.toMinutes() == 1 ? " minute" : " minutes");
        }
        return duration.toSeconds() + (duration.toSeconds() == 1 ? " second" : " seconds");
    }

    private record Checked(String url, List<String> eventTypes, String description, SubscriptionStatus status) {
    }

    /** The rules of the contract: url, eventTypes, description, status; each refusal a 400 naming the field. */
    private Checked check(Form form, boolean patch) {
        URI url = guard.checkUrl(form.url());
        List<String> types = form.eventTypes();
        if (types == null || types.isEmpty()) {
            throw ProblemException.invalidField("eventTypes", "must list at least one CloudEvents type, or \"*\"");
        }
        if (types.size() > MAX_EVENT_TYPES) {
            throw ProblemException.invalidField("eventTypes", "must list at most " + MAX_EVENT_TYPES + " types");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i) == null ? null : types.get(i).trim();
            if (type == null || !(type.equals(WebhookEventTypes.ALL) || WebhookEventTypes.KNOWN.contains(type))) {
                throw ProblemException.invalidField("eventTypes[" + i + "]",
                        "must be \"*\" or a type of the events this service consumes (convene.registration.*,"
                                + " convene.workshop.*, convene.invitation.*, convene.member.*; see the AsyncAPI"
                                + " document)");
            }
            distinct.add(type);
        }
        String description = form.description();
        if (description != null) {
            if (description.length() > MAX_DESCRIPTION) {
                throw ProblemException.invalidField("description", "must be at most " + MAX_DESCRIPTION
                        + " characters");
            }
            int offence = PlainTextValidator.firstOffence(description, false, true);
            if (offence >= 0) {
                throw ProblemException.invalidField("description",
                        "must not contain control or invisible formatting characters (at position " + offence + ")");
            }
            if (description.isBlank()) {
                description = null;
            }
        }
        SubscriptionStatus status = SubscriptionStatus.ACTIVE;
        if (patch) {
            try {
                status = SubscriptionStatus.valueOf(String.valueOf(form.status()).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("status", "must be one of "
                        + Arrays.toString(SubscriptionStatus.values()));
            }
        }
        return new Checked(url.toString(), List.copyOf(distinct), description, status);
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        Array types = rs.getArray(3);
        return new Subscription(rs.getObject(1, UUID.class), rs.getString(2),
                List.of((String[]) types.getArray()), rs.getString(4), SubscriptionStatus.valueOf(rs.getString(5)),
                instant(rs, 6), instant(rs, 7), instant(rs, 8));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        int code = rs.getInt(6);
        Integer lastCode = rs.wasNull() ? null : code;
        long duration = rs.getLong(7);
        Long lastDuration = rs.wasNull() ? null : duration;
        return new Delivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                DeliveryStatus.valueOf(rs.getString(4)), rs.getInt(5), lastCode, lastDuration, rs.getString(8),
                instant(rs, 9), instant(rs, 10), instant(rs, 11));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
