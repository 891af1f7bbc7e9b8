-- A booking's emails (confirmed or waiting, and the booker's summary) are queued once: the listener marks the
-- booking in the transaction that queues them, so a redelivered BookingsMade event sends nothing twice.
alter table event_bookings add column notified_at timestamp with time zone;
update event_bookings set notified_at = created_at;
