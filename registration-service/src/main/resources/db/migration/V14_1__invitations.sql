-- Invitations (DESIGN.md §6): one per email per workshop; the token is kept hashed (to check) and sealed (to send).
create table invitation (
    id              uuid primary key,
    workshop_id     uuid        not null references workshop (id),
    full_name       text        not null,
    email           text        not null,
    member_id       uuid,
    city_id         uuid,
    organisation_id uuid,
    via             text        not null,
    skip_approval   boolean     not null,
    status          text        not null,
    token_hash      text        not null unique,
    token_sealed    text        not null,
    invited_at      timestamptz not null,
    answered_at     timestamptz,
    decline_reason  text,
    registration_id uuid references registration (id)
);

create unique index invitation_one_per_email on invitation (workshop_id, lower(email));
create index invitation_by_status on invitation (workshop_id, status, invited_at, id);
