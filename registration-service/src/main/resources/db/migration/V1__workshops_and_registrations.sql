-- Replicas of the directory, fed by directory.cities.v1 and directory.members.v1 (never written by this service's API).
create table city_replica (
    id           uuid primary key,
    name         text        not null,
    country_code text        not null,
    region       text,
    updated_at   timestamptz not null
);

create table member_replica (
    id              uuid primary key,
    full_name       text,
    email           text,
    city_id         uuid,
    organisation_id uuid,
    erased          boolean     not null default false,
    updated_at      timestamptz not null
);

create table workshop (
    id                     uuid primary key,
    title                  text        not null,
    description            text,
    host_city_id           uuid        not null,
    venue                  text,
    timezone               text        not null,
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    capacity               integer     not null check (capacity between 1 and 100000),
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    waitlist_enabled       boolean     not null,
    status                 text        not null check (status in ('DRAFT', 'OPEN', 'CANCELLED')),
    -- Counters kept in the transaction that changes the registrations, under the workshop's row lock.
    confirmed_count        integer     not null default 0 check (confirmed_count >= 0),
    waitlist_count         integer     not null default 0 check (waitlist_count >= 0),
    attendance_count       integer     not null default 0 check (attendance_count >= 0),
    sequence               integer     not null default 0, -- iCalendar SEQUENCE: +1 per published schedule change
    revision               bigint      not null default 0, -- the ETag: +1 per organiser change
    published_at           timestamptz,
    cancelled_at           timestamptz,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    check (ends_at > starts_at),
    -- Never overbooked, whatever the code does.
    check (confirmed_count <= capacity)
);
create index workshop_published on workshop (id) where published_at is not null;

create table registration (
    id                  uuid primary key,
    workshop_id         uuid        not null references workshop (id),
    status              text        not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    waitlist_position   integer check (waitlist_position >= 1),
    full_name           text        not null,
    email               text        not null,
    city_id             uuid,
    organisation        text,
    member_id           uuid,
    answers             jsonb,
    -- Only the SHA-256 of the manage token authenticates; the sealed (AES-GCM) form lets a later event
    -- (registration.promoted) and an idempotent replay hand the token back without storing it in clear.
    manage_token_hash   text        not null unique,
    manage_token_sealed text        not null,
    registered_at       timestamptz not null,
    confirmed_at        timestamptz,
    cancelled_at        timestamptz,
    cancelled_by        text check (cancelled_by in ('ATTENDEE', 'ORGANISER', 'WORKSHOP')),
    checked_in_at       timestamptz,
    anonymised_at       timestamptz,
    check ((status = 'WAITLISTED') = (waitlist_position is not null)),
    check (checked_in_at is null or status <> 'WAITLISTED')
);
-- One active registration per email per workshop, whatever the case.
create unique index registration_active_email on registration (workshop_id, lower(email)) where status <> 'CANCELLED';
-- Waitlist positions are unique per workshop; checked at commit so that positions can be shifted in one statement.
alter table registration add constraint registration_waitlist_position_unique
    exclude using btree (workshop_id with =, waitlist_position with =) where (status = 'WAITLISTED')
    deferrable initially deferred;
create index registration_workshop on registration (workshop_id, id);
create index registration_member on registration (member_id) where member_id is not null;
create index registration_email on registration (lower(email));

-- Idempotency-Key of sign-ups: the first successful answer (without its secret), replayed for the same key and body.
create table idempotency_key (
    idempotency_key text primary key,
    request_hash    text        not null,
    registration_id uuid        not null references registration (id),
    response        jsonb       not null,
    created_at      timestamptz not null
);
