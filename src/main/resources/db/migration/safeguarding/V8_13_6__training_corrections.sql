-- A school corrects a line of its return's training that Heads Up filled in from events (a wrong date or course
-- title): the correction is a line of safeguarding_training that names the events line it corrects. The events
-- line itself is never changed (it is read from events each time), so both stay visible.
alter table safeguarding_training add column corrects text;
