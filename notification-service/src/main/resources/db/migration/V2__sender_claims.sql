-- The sender claims due rows in batches (one UPDATE ... FOR UPDATE SKIP LOCKED ... RETURNING per batch) instead of
-- holding a row lock across each send. A claim is a lease: claim identifies the batch that holds the row, and once
-- claimed_until has passed (the instance that claimed it crashed) the row is due again for any sender. Both are null
-- when no sender holds the row; neither is shown by the API.
alter table notification add column claim uuid, add column claimed_until timestamptz;
