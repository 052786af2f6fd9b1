-- Issue 13: the ETag of a registration (PATCH by its attendee or an organiser, transfer): +1 per change of its data.
alter table registration add column revision bigint not null default 0;
