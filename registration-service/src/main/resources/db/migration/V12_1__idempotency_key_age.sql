-- Remembered Idempotency-Key answers are purged after convene.retention.idempotency-keys (24 h): by age.
create index idempotency_key_created_at on idempotency_key (created_at);
