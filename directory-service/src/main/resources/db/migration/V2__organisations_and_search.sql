-- Organisations, and accent- and case-insensitive search backed by trigram indexes.

create table organisation (
    id         uuid primary key,
    name       text        not null,
    kind       text        not null check (kind in
                   ('MUNICIPALITY', 'CIVIL_SOCIETY', 'NGO', 'GOVERNMENT', 'INTERNATIONAL', 'OTHER')),
    city_id    uuid        not null references city (id),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);
-- One organisation of a name per city, whatever the case.
create unique index organisation_name_city on organisation (city_id, lower(name));
create index organisation_kind on organisation (kind);

alter table member add constraint member_organisation_fk foreign key (organisation_id) references organisation (id);
create index member_organisation on member (organisation_id);

-- unaccent() is only STABLE (it reads its dictionary through the search path), so it cannot be used in an index.
-- This wrapper names the dictionary with its schema, which makes it safe to declare IMMUTABLE.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create function search_key(value text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- q is matched as: search_key(column) like '%' || search_key(q) || '%'  (see the repositories).
create index city_name_search on city using gin (search_key(name) gin_trgm_ops);
create index organisation_name_search on organisation using gin (search_key(name) gin_trgm_ops);
create index member_full_name_search on member using gin (search_key(full_name) gin_trgm_ops);
create index member_email_search on member using gin (search_key(email) gin_trgm_ops);
