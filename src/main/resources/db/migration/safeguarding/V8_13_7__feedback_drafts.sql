-- The officer's feedback on a standard while she reviews a submitted return, written beside the school's answer on
-- each section's page. It reaches the school only with her review (returned for changes or accepted), which
-- gives it to the engine and deletes the drafts.
create table safeguarding_feedback_drafts (
    return_id  bigint      not null references safeguarding_returns (id),
    standard   text        not null,
    text       text        not null,
    written_by text        not null,
    written_at timestamptz not null default now(),
    primary key (return_id, standard)
);
