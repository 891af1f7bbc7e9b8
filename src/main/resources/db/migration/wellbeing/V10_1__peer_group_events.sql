-- Issue 15: a peer group offer runs as an event (its meetings, booked as usual) whose attendees only the wellbeing
-- coordinator and each attendee see. The event is the events module's (its id; no foreign key across modules).
alter table wellbeing_offers add column event_id bigint;
create unique index wellbeing_offers_event on wellbeing_offers (event_id) where event_id is not null;
