-- Safeguarding training a school adds to its return because Heads Up's own courses do not show it (a course
-- elsewhere, or a corrected date): shown beside the training filled in from events, with who added it.
create table safeguarding_training (
    id          bigserial primary key,
    return_id   bigint      not null references safeguarding_returns (id),
    name        text        not null,
    course      text        not null,
    trained_on  date        not null,
    added_by    text        not null,
    added_at    timestamptz not null default now()
);
create index safeguarding_training_return on safeguarding_training (return_id);
