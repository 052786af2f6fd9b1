-- Every failed attempt stays in the ledger (last_error alone was cleared on success, hiding the failure).
alter table notification add column failures jsonb not null default '[]'::jsonb;

-- Why a row is SUPPRESSED: the recipient opted out, a later email of the same registration made it moot, or the
-- recipient was erased. Null for every other status.
alter table notification add column suppressed_reason text
    check (suppressed_reason in ('OPTED_OUT', 'SUPERSEDED', 'ERASED'));
update notification set suppressed_reason = case when recipient like 'erased-%@invalid' then 'ERASED' else 'OPTED_OUT' end
where status = 'SUPPRESSED';
alter table notification add constraint notification_reason_when_suppressed
    check ((status = 'SUPPRESSED') = (suppressed_reason is not null));

-- Per registration, emails go out in the order they were queued: the sender looks for an earlier PENDING row.
create index notification_pending_by_registration on notification (registration_id, created_at, id)
    where status = 'PENDING';

-- Addresses whose owner was erased, as HMAC-SHA256 under the preference-token key (not the address itself): their
-- preference and unsubscribe links answer 410, and a PUT cannot bring the preference row back. A later registration
-- with the address removes its row (the person came back).
create table erased_address (
    address_hash text        primary key,
    erased_at    timestamptz not null
);
