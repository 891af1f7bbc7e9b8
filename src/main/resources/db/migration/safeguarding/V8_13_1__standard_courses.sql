-- The targeted offer: courses and events (of the events module, by id) the officer links to a round's standards,
-- offered to every school that rates that standard red or amber.
create table safeguarding_standard_events (
    round_id  bigint      not null references safeguarding_rounds (id),
    standard  text        not null,
    event_id  bigint      not null,
    linked_by text        not null,
    linked_at timestamptz not null default now(),
    primary key (round_id, standard, event_id)
);
