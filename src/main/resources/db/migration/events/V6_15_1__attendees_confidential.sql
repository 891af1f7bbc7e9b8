-- Issue 15: peer groups run as events whose attendee list no events page shows (events officers and administrators
-- included): each attendee sees their own place, the wellbeing coordinator the list (EventPlanning).
alter table events add column attendees_confidential boolean not null default false;

alter table events drop constraint events_type_check;
alter table events add constraint events_type_check check (type in
    ('CONFERENCE', 'AWARD_CEREMONY', 'TRAINING', 'BRIEFING', 'STATUTORY_MEETING', 'PEER_GROUP'));
