-- What the test handler did: one row per applied event.
create table handled_event (
    event_id text primary key,
    event_type text not null,
    payload text not null
);
