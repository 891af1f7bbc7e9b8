-- The self-assessment engine: frameworks in versions (content as the documented JSON), responses, answers with
-- a revision each (optimistic locking), evidence tagged to standards, action items, reviews and a change log.

create table assessment_framework_versions (
    id             bigserial primary key,
    framework_key  text        not null,
    number         int         not null,
    title          text        not null,
    content        jsonb       not null,
    frozen_at      timestamptz,
    copied_from    bigint references assessment_framework_versions (id),
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    unique (framework_key, number)
);

create table assessment_responses (
    id             bigserial primary key,
    version_id     bigint      not null references assessment_framework_versions (id),
    owner_kind     text        not null,
    owner_id       bigint      not null,
    owner_name     text        not null,
    owner_type     text,
    state          text        not null default 'IN_PROGRESS',
    started_by     text        not null,
    started_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    submitted_at   timestamptz,
    unique (owner_kind, owner_id, version_id)
);
create index assessment_responses_version on assessment_responses (version_id, state);

create table assessment_answers (
    response_id    bigint      not null references assessment_responses (id) on delete cascade,
    standard       text        not null,
    rating         text,
    narrative      text        not null default '',
    numbers        jsonb       not null default '{}',
    revision       int         not null,
    updated_by     text        not null,
    updated_by_name text       not null,
    updated_at     timestamptz not null default now(),
    primary key (response_id, standard)
);

create table assessment_evidence (
    id             bigserial primary key,
    response_id    bigint      not null references assessment_responses (id) on delete cascade,
    title          text        not null,
    url            text,
    file_name      text,
    media_type     text,
    bytes          bytea,
    size_bytes     bigint,
    added_by       text        not null,
    added_at       timestamptz not null default now(),
    check ((url is null) <> (bytes is null))
);
create index assessment_evidence_response on assessment_evidence (response_id);

create table assessment_evidence_standards (
    evidence_id    bigint not null references assessment_evidence (id) on delete cascade,
    standard       text   not null,
    primary key (evidence_id, standard)
);

create table assessment_actions (
    id             bigserial primary key,
    response_id    bigint      not null references assessment_responses (id) on delete cascade,
    standard       text        not null,
    what           text        not null,
    owner          text        not null,
    due            date        not null,
    done_at        timestamptz,
    added_by       text        not null,
    added_at       timestamptz not null default now()
);
create index assessment_actions_response on assessment_actions (response_id);

create table assessment_feedback (
    id             bigserial primary key,
    response_id    bigint      not null references assessment_responses (id) on delete cascade,
    standard       text,
    text           text        not null,
    outcome        text        not null,
    given_by       text        not null,
    given_at       timestamptz not null default now()
);
create index assessment_feedback_response on assessment_feedback (response_id);

create table assessment_log (
    id             bigserial primary key,
    response_id    bigint      not null references assessment_responses (id) on delete cascade,
    at             timestamptz not null default now(),
    who            text        not null,
    standard       text,
    what           text        not null
);
create index assessment_log_response on assessment_log (response_id, at);
