-- The inclusion recognition schemes: each scheme's toolkit is a framework of the self-assessment engine.
create table recognition_schemes (
    key           text primary key,
    name          text not null,
    applicants    text not null check (applicants in ('EARLY_YEARS', 'PRIMARY_GROUP')),
    summary       text not null,
    framework_key text not null,
    award_years   int not null default 3 check (award_years between 1 and 10),
    annual_update boolean not null default false,
    created_at    timestamp with time zone not null default now()
);

-- An application: one setting or childminder (Kitemark), or a group of primary schools led by one (Quality Mark).
-- Organisations are the directory's ids, copied with their names and districts (no foreign keys across modules).
create table recognition_applications (
    id                   bigserial primary key,
    scheme_key           text not null references recognition_schemes (key),
    title                text not null,
    lead_organisation_id bigint not null,
    state                text not null default 'OPEN'
                         check (state in ('OPEN', 'SUBMITTED', 'AWARDED', 'DEFERRED', 'NOT_AWARDED')),
    version_id           bigint not null,
    response_id          bigint,
    listing_consent      boolean not null default false,
    consent_by           text,
    consent_at           timestamp with time zone,
    officer_agreed_by    text,
    created_by           text not null,
    created_at           timestamp with time zone not null default now(),
    submitted_at         timestamp with time zone
);

create table recognition_members (
    application_id    bigint not null references recognition_applications (id),
    organisation_id   bigint not null,
    name              text not null,
    organisation_kind text not null,
    district          text,
    status            text not null check (status in ('LEAD', 'INVITED', 'ACCEPTED', 'DECLINED')),
    answered_by       text,
    answered_at       timestamp with time zone,
    primary key (application_id, organisation_id)
);
create index recognition_members_organisation on recognition_members (organisation_id);

-- The panel's decision, recorded by the officer; never changed, a later decision is a new row.
create table recognition_decisions (
    id             bigserial primary key,
    application_id bigint not null references recognition_applications (id),
    outcome        text not null check (outcome in ('AWARDED', 'DEFERRED', 'NOT_AWARDED')),
    decided_on     date not null,
    decided_by     text not null,
    note           text not null default '',
    recorded_by    text not null,
    recorded_at    timestamp with time zone not null default now()
);

-- One award per organisation; listed on the public register unless a childminder has not consented.
create table recognition_awards (
    id                bigserial primary key,
    application_id    bigint not null references recognition_applications (id),
    scheme_key        text not null references recognition_schemes (key),
    organisation_id   bigint not null,
    name              text not null,
    organisation_kind text not null,
    district          text,
    starts_on         date not null,
    expires_on        date not null,
    listed            boolean not null,
    withdrawn_on      date
);
create index recognition_awards_register on recognition_awards (scheme_key, district) where listed;
