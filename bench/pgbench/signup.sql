-- The SQL of one sign-up with an Idempotency-Key, as registration-service runs it for a group of one
-- (SignUpDecider: WorkshopRepository.lock, IdempotencyKeys.findAll, EmailSignUpLimit, RegistrationRepository.withActiveRegistration,
-- the flush of the new registration and of the workshop's counters, Outbox.recordAll, IdempotencyKeys.rememberAll;
-- Hibernate writes every column of the workshop row and of the new registration).
-- One decision per transaction, on one hot workshop row: what any design that commits each sign-up on its own can
-- reach. The service decides concurrent sign-ups in groups, one such transaction for many. Run by bench/run as:
--   pgbench -n -M prepared -c CLIENTS -j 2 -T 20 -D workshop=<uuid> -f bench/pgbench/signup.sql convene_registration
-- on a workshop row of its own (DRAFT, capacity 1000, waitlist on), deleted afterwards with its rows.
-- One difference: the outbox row is written already published (published_at = now()), so that the service's relay
-- does not ship pgbench's rows to Kafka; the rest is the same statement for statement.
select gen_random_uuid()::text as rid, gen_random_uuid()::text as eid, gen_random_uuid()::text as ikey \gset
begin;
-- WorkshopRepository.lock: the hot row
select capacity, confirmed_count, waitlist_count, attendance_count, id, title, description, host_city_id, venue, timezone, starts_at, ends_at, registration_opens_at, registration_closes_at, waitlist_enabled, status, sequence, revision, published_at, cancelled_at, created_at, updated_at from workshop where id = :workshop for update \gset w_
-- the replay check, under the lock
select idempotency_key, request_hash, registration_id, cast(response as text) from idempotency_key where idempotency_key = any(array[:ikey]);
-- EmailSignUpLimit: the email's recent registrations, any workshop
select e.k, recent.n, recent.oldest from unnest(array['pgb-' || :rid || '@bench.example']) as e(k) cross join lateral (select count(*) as n, min(r.registered_at) as oldest from registration r where lower(r.email) = lower(e.k) and r.registered_at >= now() - interval '1 minute') recent where recent.n > 0;
-- one active registration per email
select e.k from unnest(array['pgb-' || :rid || '@bench.example']) as e(k) cross join lateral (select 1 from registration r where r.workshop_id = :workshop and lower(r.email) = e.k and r.status in ('PENDING', 'CONFIRMED', 'WAITLISTED') limit 1) found;
\if :w_confirmed_count < :w_capacity
\set confirmed :w_confirmed_count + 1
\set waitlisted :w_waitlist_count
insert into registration (anonymised_at, answers, cancelled_at, cancelled_by, checked_in_at, city_id, confirmed_at, email, full_name, manage_token_hash, manage_token_sealed, member_id, organisation, registered_at, status, waitlist_position, workshop_id, id) values (null, null, null, null, null, null, now(), 'pgb-' || :rid || '@bench.example', 'Pgbench Attendee', 'hash-' || :rid, 'sealed-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-' || :rid, null, null, now(), 'CONFIRMED', null, :workshop, :rid);
\else
\set confirmed :w_confirmed_count
\set waitlisted :w_waitlist_count + 1
insert into registration (anonymised_at, answers, cancelled_at, cancelled_by, checked_in_at, city_id, confirmed_at, email, full_name, manage_token_hash, manage_token_sealed, member_id, organisation, registered_at, status, waitlist_position, workshop_id, id) values (null, null, null, null, null, null, null, 'pgb-' || :rid || '@bench.example', 'Pgbench Attendee', 'hash-' || :rid, 'sealed-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-' || :rid, null, null, now(), 'WAITLISTED', :waitlisted, :workshop, :rid);
\endif
-- the workshop's counters (Hibernate updates every column of a dirty entity)
update workshop set attendance_count = attendance_count, cancelled_at = cancelled_at, capacity = capacity, confirmed_count = :confirmed, created_at = created_at, description = description, ends_at = ends_at, host_city_id = host_city_id, published_at = published_at, registration_closes_at = registration_closes_at, registration_opens_at = registration_opens_at, revision = revision, sequence = sequence, starts_at = starts_at, status = status, timezone = timezone, title = title, updated_at = updated_at, venue = venue, waitlist_count = :waitlisted, waitlist_enabled = waitlist_enabled where id = :workshop;
-- Outbox.record: the event row (about 1 kB of JSON, like registration.confirmed) and the relay's wake-up
insert into outbox_event (event_id, topic, message_key, event_type, subject, payload, occurred_at, published_at) values (:eid, 'bench.pgbench.v1', :workshop, 'convene.registration.confirmed.v1', :rid, jsonb_build_object('registrationId', :rid::text, 'workshopId', :workshop::text, 'status', 'CONFIRMED', 'waitlistPosition', null, 'fullName', 'Pgbench Attendee', 'email', 'pgb-' || :rid::text || '@bench.example', 'memberId', null, 'cityId', null, 'registeredAt', now(), 'checkedInAt', null, 'cancelledBy', null, 'manageTokenSealed', 'sealed-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'workshop', jsonb_build_object('id', :workshop::text, 'title', 'Heat resilience for frontline practitioners', 'venue', 'Town Hall, 5 S.N. Banerjee Road, Kolkata', 'timezone', 'Asia/Kolkata', 'startsAt', '2026-12-03T09:30:00+05:30', 'endsAt', '2026-12-04T17:00:00+05:30', 'sequence', 0)), now(), now());
select pg_notify('convene_outbox', '');
-- IdempotencyKeys.remember
insert into idempotency_key (idempotency_key, request_hash, registration_id, response, created_at) values (:ikey, 'sha256-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', :rid, jsonb_build_object('id', :rid::text, 'workshopId', :workshop::text, 'status', 'CONFIRMED', 'waitlistPosition', null, 'manageToken', null, 'registeredAt', now()), now());
commit;
