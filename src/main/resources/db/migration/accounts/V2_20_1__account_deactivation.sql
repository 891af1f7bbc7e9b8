-- A leaver's account is deactivated rather than deleted: they sign in nowhere, and their history (audit trail,
-- editions, bookings made) keeps naming them.
alter table accounts add column deactivated_at timestamp with time zone;
alter table accounts add column deactivated_by text;
