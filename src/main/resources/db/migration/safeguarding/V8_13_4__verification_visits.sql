-- Verification visits: the officer draws a sample of a round's returns to visit (why each was chosen is kept), then
-- records each visit's date and findings, which the school sees on its return.
create table safeguarding_visits (
    id           bigserial primary key,
    round_id     bigint      not null references safeguarding_rounds (id),
    return_id    bigint      not null references safeguarding_returns (id),
    reason       text        not null check (reason in ('NOT_RETURNED', 'SEVERAL_REDS', 'RANDOM')),
    drawn_by     text        not null,
    drawn_at     timestamptz not null default now(),
    visited_on   date,
    findings     text,
    recorded_by  text,
    recorded_at  timestamptz,
    unique (round_id, return_id)
);
