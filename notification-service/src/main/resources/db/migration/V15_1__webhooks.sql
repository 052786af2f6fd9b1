-- Webhooks (issue 15): an organiser's subscriptions to the events this service consumes, and one delivery row per
-- event and subscription, written in the transaction that records the consumed event (processed_event).
create table webhook_subscription (
    id            uuid        primary key,                 -- UUIDv7
    owner         text        not null,                    -- the organiser: the JWT's subject
    owner_email   text,                                    -- told when the subscription is disabled (email or upn claim)
    url           text        not null,                    -- absolute http(s)
    event_types   text[]      not null,                    -- CloudEvents types, or '*'
    description   text,
    status        text        not null check (status in ('ACTIVE', 'DISABLED')),
    secret_sealed text        not null,                    -- whsec_..., sealed with convene.secrets.sealing-key
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    enabled_at    timestamptz not null,                    -- created or last re-enabled
    failing_since timestamptz,                             -- oldest failing delivery since the last 2xx; null when none
    disabled_at   timestamptz
);
create index webhook_subscription_by_owner on webhook_subscription (owner, id);

create table webhook_delivery (
    id                 uuid        primary key,            -- UUIDv7
    seq                bigint      generated always as identity, -- insertion order: the order of delivery per key
    subscription_id    uuid        not null references webhook_subscription (id) on delete cascade,
    event_id           text        not null,               -- ce_id (also webhook-id)
    event_type         text        not null,
    event_source       text        not null,
    event_subject      text,
    event_time         timestamptz,
    ordering_key       text        not null,               -- the workshop id (data.workshopId or the Kafka key)
    data               text        not null,               -- the event data (compact JSON): the body, as signed
    status             text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts           int         not null default 0,
    last_response_code int,
    last_duration_ms   bigint,
    last_error         text,
    created_at         timestamptz not null,
    delivered_at       timestamptz,
    next_attempt_at    timestamptz,                        -- when a PENDING row is due; null otherwise
    retry_until        timestamptz not null,               -- give up (FAILED) after a failure from then on
    claim              uuid,                               -- the sender's lease, as in notification
    claimed_until      timestamptz,
    constraint webhook_delivery_once unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
-- a row is due only when no earlier row of its subscription and key is PENDING
create index webhook_delivery_pending_in_order on webhook_delivery (subscription_id, ordering_key, seq)
    where status = 'PENDING';
create index webhook_delivery_by_subscription on webhook_delivery (subscription_id, id);
