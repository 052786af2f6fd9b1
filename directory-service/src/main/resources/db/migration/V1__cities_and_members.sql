create extension if not exists unaccent;

create table city (
    id           uuid primary key,
    name         text        not null,
    country_code text        not null check (country_code ~ '^[A-Z]{2}$'),
    region       text,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0
);
-- One city of a name per country, whatever the case.
create unique index city_name_country on city (lower(name), country_code);
create index city_country on city (country_code);

create table member (
    id                 uuid primary key,
    full_name          text        not null,
    email              text        not null,
    city_id            uuid        not null references city (id),
    organisation_id    uuid,
    title              text,
    phone              text,
    preferred_language text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null default 0
);
-- An email belongs to one member, case-insensitively.
create unique index member_email on member (lower(email));
create index member_city on member (city_id);
