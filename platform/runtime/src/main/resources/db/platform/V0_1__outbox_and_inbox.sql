-- Platform tables, included by every service (quarkus.flyway.locations=db/migration,db/platform).

-- Transactional outbox: one row per event, written in the transaction of the state change it describes.
create table outbox_event (
    id           bigint generated always as identity primary key, -- commit order for the relay
    event_id     uuid        not null unique,                      -- ce_id
    topic        text        not null,
    message_key  text        not null,                             -- the aggregate id
    event_type   text        not null,                             -- ce_type
    subject      text,                                             -- ce_subject
    payload      jsonb       not null,                             -- the event data
    occurred_at  timestamptz not null,                             -- ce_time
    published_at timestamptz                                       -- set after the broker acknowledged
);
-- The relay reads only unpublished rows, in order.
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
-- Retention clean-up and replay by time.
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Idempotent consumer: an event's effect and this row commit together, so a redelivery is recognised and skipped.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
