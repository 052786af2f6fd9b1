-- Issue 13: admission (OPEN, APPROVAL, INVITATION), seats per city or country, questions, approval, consent.
alter table workshop
    add column admission              text    not null default 'OPEN' check (admission in ('OPEN', 'APPROVAL', 'INVITATION')),
    -- the question definitions, as the organiser gave them (validated by QuestionRules)
    add column questions              jsonb,
    -- seatAllocation: null allocation_by = no allocation
    add column allocation_by          text check (allocation_by in ('CITY', 'COUNTRY')),
    add column seats_per_group        integer check (seats_per_group between 0 and 100000),
    add column seat_overrides         jsonb,
    add column allocation_release_at  timestamptz,
    -- set once, under the workshop's row lock, when the group limits were lifted and the waitlist promoted
    add column allocation_released_at timestamptz,
    add check ((allocation_by is null) = (seats_per_group is null));

alter table registration drop constraint registration_status_check;
alter table registration add constraint registration_status_check
    check (status in ('PENDING', 'CONFIRMED', 'WAITLISTED', 'REJECTED', 'CANCELLED'));
alter table registration
    -- the allocation group (city id or country code) the registration counts against; null without allocation
    add column seat_group       text,
    -- consent to appear on the participant list
    add column listed           boolean not null default false,
    add column decided_at       timestamptz,
    add column rejected_at      timestamptz,
    add column rejection_reason text;

-- One active (pending, confirmed or waitlisted) registration per email per workshop; a rejected person may apply again.
drop index registration_active_email;
create unique index registration_active_email on registration (workshop_id, lower(email))
    where status in ('PENDING', 'CONFIRMED', 'WAITLISTED');

-- The confirmed count of each allocation group, changed under the workshop's row lock like the workshop's counters.
create table seat_group (
    workshop_id     uuid    not null references workshop (id),
    group_key       text    not null,
    seat_limit      integer not null check (seat_limit >= 0),
    confirmed_count integer not null default 0 check (confirmed_count >= 0),
    -- true from the workshop's releaseAt on: the limit no longer applies
    released        boolean not null default false,
    primary key (workshop_id, group_key),
    -- Never more confirmed than a group's limit while it applies, whatever the code does.
    check (released or confirmed_count <= seat_limit)
);

create index workshop_allocation_due on workshop (allocation_release_at)
    where allocation_release_at is not null and allocation_released_at is null;
