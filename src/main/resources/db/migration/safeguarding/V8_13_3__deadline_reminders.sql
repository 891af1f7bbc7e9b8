-- The automatic reminder a week before each deadline: one row per return and deadline once it has been sent, so
-- that no return is reminded twice of the same deadline, whichever node sends it.
create table safeguarding_reminders (
    return_id  bigint      not null references safeguarding_returns (id),
    deadline   text        not null check (deadline in ('FIRST', 'FINAL')),
    sent_at    timestamptz not null default now(),
    primary key (return_id, deadline)
);
