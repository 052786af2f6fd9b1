-- The per-email sign-up limit counts an email's recent registrations in the database all instances share.
create index registration_email_registered on registration (lower(email), registered_at);
