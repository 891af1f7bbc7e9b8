-- The annual safeguarding audit: rounds on a self-assessment framework version, one return per organisation
-- (its answers are the engine's response), sign-off links, and every view of a return by authority staff.

create table safeguarding_rounds (
    id                  bigserial primary key,
    title               text        not null,
    version_id          bigint      not null,
    first_deadline      date        not null,
    final_deadline      date        not null,
    include_early_years boolean     not null default false,
    opened_by           text        not null,
    opened_at           timestamptz not null default now()
);

create table safeguarding_returns (
    id                 bigserial primary key,
    round_id           bigint not null references safeguarding_rounds (id),
    organisation_id    bigint not null,
    organisation_name  text   not null,
    organisation_type  text,
    phase              text,
    district           text,
    establishment_type text,
    trust_id           bigint,
    trust_name         text,
    response_id        bigint,
    signed_off_at      timestamptz,
    unique (round_id, organisation_id)
);
create index safeguarding_returns_organisation on safeguarding_returns (organisation_id);

create table safeguarding_sign_offs (
    id          bigserial primary key,
    return_id   bigint      not null references safeguarding_returns (id),
    role        text        not null,
    name        text        not null,
    email       text        not null,
    token_hash  text        not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index safeguarding_sign_offs_return on safeguarding_sign_offs (return_id);

create table safeguarding_views (
    id         bigserial primary key,
    return_id  bigint      not null references safeguarding_returns (id),
    viewer     text        not null,
    page       text        not null,
    at         timestamptz not null default now()
);
create index safeguarding_views_return on safeguarding_views (return_id, at);
