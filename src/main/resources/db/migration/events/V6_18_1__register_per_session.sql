-- Attendance is taken per session, from the session's start. The place's own attendance (ATTENDED or NO_SHOW) is
-- the outcome, settled only after the last session: attended if present at any session, a no-show if at none.
create table event_attendance (
    place_id   bigint not null references event_places (id),
    session_id bigint not null references event_sessions (id) on delete cascade,
    attended   boolean not null,
    marked_at  timestamp with time zone not null default now(),
    primary key (place_id, session_id)
);
create index event_attendance_session on event_attendance (session_id);

-- The hours of training on the certificate last sent, so a corrected register can correct the certificate.
alter table event_places add column certificate_hours numeric(6, 2);

-- Registers taken before: a place's one mark stands for every session of its event.
insert into event_attendance (place_id, session_id, attended)
select p.id, s.id, p.attendance = 'ATTENDED'
from event_places p join event_sessions s on s.event_id = p.event_id
where p.attendance is not null;

update event_places p set certificate_hours = (
    select round(sum(extract(epoch from s.ends_at - s.starts_at)) / 900) / 4
    from event_sessions s where s.event_id = p.event_id)
where p.certificate_sent_at is not null;
