-- An events officer cancels an event: everyone booked or waiting is told why, their places end and nothing is
-- charged. The event stays, marked cancelled, with the message sent.
alter table events add column cancelled_at timestamp with time zone;
alter table events add column cancelled_by text;
alter table events add column cancellation_message text not null default '';
