-- The delivery ledger: one row per email to send, written in the transaction of the event that caused it.
create table notification (
    id              uuid        primary key,          -- UUIDv7; also the stable Message-ID
    event_id        text        not null,             -- ce_id of the cause, an announcement id, or reminder:<registration>:<offset>
    type            text        not null,             -- CONFIRMATION, WAITLISTED, PROMOTED, CANCELLED, WORKSHOP_UPDATED, ...
    recipient       text        not null,             -- email address (lower case)
    recipient_name  text,
    language        text        not null,             -- template language: en, bn
    subject         text        not null,
    status          text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
    essential       boolean     not null,             -- false: reminders and announcements (preferences apply)
    attempts        int         not null default 0,
    last_error      text,
    next_attempt_at timestamptz,                      -- when a PENDING row is due; null otherwise
    sent_at         timestamptz,
    created_at      timestamptz not null,
    workshop_id     uuid,
    registration_id uuid,
    message_id      text        not null,
    payload         text        not null,             -- JSON: what the templates need (manage token still sealed)
    constraint notification_once unique (event_id, recipient, type)
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_by_workshop on notification (workshop_id, id);
create index notification_by_recipient on notification (recipient, id);

-- Replica of workshop schedules, from registration.workshops.v1 and the snapshots in registration events.
create table workshop (
    id          uuid        primary key,
    title       text        not null,
    venue       text,
    timezone    text        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    sequence    int         not null,
    status      text        not null,
    updated_at  timestamptz not null
);
create index workshop_starts_at on workshop (starts_at) where status = 'OPEN';

-- Replica of each workshop's registrations, from registration.registrations.v1.
create table registrant (
    registration_id     uuid        primary key,
    workshop_id         uuid        not null,
    email               text        not null,
    full_name           text        not null,
    member_id           uuid,
    status              text        not null,      -- CONFIRMED, WAITLISTED, CANCELLED
    last_active_status  text        not null,      -- CONFIRMED or WAITLISTED: the status before any cancellation
    cancelled_by        text,                      -- ATTENDEE, ORGANISER, WORKSHOP
    manage_token_sealed text,
    updated_at          timestamptz not null
);
create index registrant_active on registrant (workshop_id) where status in ('CONFIRMED', 'WAITLISTED');
create index registrant_email on registrant (email);

-- Replica of members (for the preferred language), from directory.members.v1.
create table member (
    id                 uuid primary key,
    email              text not null,
    full_name          text,
    preferred_language text
);
create index member_email on member (email);

-- What each recipient agreed to receive. No row: everything.
create table preference (
    email         text        primary key,
    reminders     boolean     not null,
    announcements boolean     not null,
    updated_at    timestamptz not null
);
