package org.convene.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.platform.Ids;
import org.convene.platform.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one hook of the event handlers: a consumed event becomes one PENDING delivery per ACTIVE subscription whose
 * filter matches, in the consumer's transaction (the one that inserts processed_event), so each event gives exactly
 * one delivery per subscription however often Kafka delivers it; the unique (subscription, event) key says so again.
 */
@ApplicationScoped
public class WebhookDeliveries {

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Inject
    Event<DeliveriesDue> due;

    /** Returns how many deliveries were recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public int record(IncomingEvent event) {
        List<Object> subscriptions = em.createNativeQuery("""
                select cast(id as text) from webhook_subscription
                where status = 'ACTIVE' and event_types && array['*', cast(?1 as text)]""")
                .setParameter(1, event.type()).getResultList();
        if (subscriptions.isEmpty()) {
            return 0;
        }
        String[] ids = new String[subscriptions.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Ids.newId().toString();
        }
        Instant now = Instant.now();
        int inserted = em.createNativeQuery("""
                insert into webhook_delivery (id, subscription_id, event_id, event_type, event_source, event_subject,
                    event_time, ordering_key, data, status, attempts, created_at, next_attempt_at, retry_until)
                select cast(v.id as uuid), cast(v.subscription_id as uuid), ?3, ?4, ?5, nullif(?6, ''), cast(nullif(?7, '') as timestamptz),
                    ?8, ?9, 'PENDING', 0, cast(?10 as timestamptz), cast(?10 as timestamptz),
                    cast(?10 as timestamptz) + make_interval(secs => ?11)
                from unnest(cast(?1 as text[]), cast(?2 as text[])) as v(id, subscription_id)
                on conflict (subscription_id, event_id) do nothing""")
                .setParameter(1, "{" + String.join(",", ids) + "}")
                .setParameter(2, "{" + String.join(",", subscriptions.stream().map(String::valueOf).toList()) + "}")
                .setParameter(3, event.id())
                .setParameter(4, event.type())
                .setParameter(5, event.source() == null ? "" : event.source())
                .setParameter(6, event.subject() == null ? "" : event.subject())
                .setParameter(7, event.time() == null ? "" : event.time().toString())
                .setParameter(8, orderingKey(event))
                .setParameter(9, event.data().toString())
                .setParameter(10, now.toString())
                .setParameter(11, config.giveUpAfter().toMillis() / 1000.0)
                .executeUpdate();
        if (inserted > 0) {
            due.fire(new DeliveriesDue());
        }
        return inserted;
    }

    /** The workshop: data.workshopId, else the Kafka key (a workshop event's key is its id), else subject or id. */
    static String orderingKey(IncomingEvent event) {
        JsonNode workshopId = event.data() == null ? null : event.data().get("workshopId");
        if (workshopId != null && workshopId.isTextual() && !workshopId.asText().isBlank()) {
            return workshopId.asText();
        }
        if (event.key() != null && !event.key().isBlank()) {
            return event.key();
        }
        return event.subject() != null ? event.subject() : event.id();
    }

    /**
     * Erasure reaches the webhooks' log: every delivery whose event names the member (its id, its address, or one of
     * its registrations) keeps no data, and one not sent yet is not sent (FAILED). Called before the registrant
     * replica forgets which registrations were the member's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(UUID memberId, String email) {
        return em.createNativeQuery("""
                update webhook_delivery set data = '{}',
                    status = case when status = 'PENDING' then 'FAILED' else status end,
                    next_attempt_at = case when status = 'PENDING' then null else next_attempt_at end,
                    last_error = case when status = 'PENDING' then 'not sent: its member was erased' else last_error end
                where data <> '{}' and (strpos(data, ?1) > 0 or (?2 <> '' and strpos(lower(data), lower(?2)) > 0)
                    or cast(data as jsonb) ->> 'registrationId' in
                        (select cast(registration_id as text) from registrant where member_id = ?3))""")
                .setParameter(1, memberId.toString()).setParameter(2, email == null ? "" : email)
                .setParameter(3, memberId).executeUpdate();
    }
}
