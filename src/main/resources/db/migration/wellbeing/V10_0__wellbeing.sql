-- Leadership wellbeing (issue 15): the offer catalogue, confidential requests, who read them, anonymous uptake.

create table wellbeing_offers (
    id                    bigserial primary key,
    title                 text not null,
    provider              text not null,
    kind                  text not null,
    description           text not null,
    -- who it is for: organisation roles and phases (empty: any), and the first so many years of headship (null: any)
    roles                 text[] not null default '{}',
    phases                text[] not null default '{}',
    max_years_as_head     integer,
    cost                  text not null,
    capacity              integer,
    access                text not null check (access in ('DIRECT', 'BROKERED')),
    phone                 text,
    link                  text,
    available_until       date not null,
    created_at            timestamptz not null default now()
);

create index wellbeing_offers_until on wellbeing_offers (available_until);

-- Seen only by wellbeing coordinators and the person who asked; deleted (content and identity) a while after it ends.
create table wellbeing_requests (
    id                    bigserial primary key,
    offer_id              bigint not null references wellbeing_offers (id),
    requester_email       text not null,
    requester_name        text not null,
    organisation_name     text,
    note                  text not null,
    contact_by            text not null,
    contact_phone         text,
    status                text not null,
    supporter             text,
    sessions_planned      integer,
    sessions_used         integer not null default 0,
    requested_at          timestamptz not null default now(),
    acknowledged_at       timestamptz,
    matched_at            timestamptz,
    ended_at              timestamptz
);

create index wellbeing_requests_requester on wellbeing_requests (lower(requester_email));
create index wellbeing_requests_ended on wellbeing_requests (ended_at) where ended_at is not null;

-- Who read which request number, and when; never what it says. Administrators read this, nobody else.
create table wellbeing_request_reads (
    id                    bigserial primary key,
    request_number        bigint not null,
    read_by               text not null,
    read_at               timestamptz not null default now()
);

-- One row per request made, with nothing that says who: what remains after requests are deleted.
create table wellbeing_uptake (
    id                    bigserial primary key,
    offer_id              bigint not null references wellbeing_offers (id),
    kind                  text not null,
    phase                 text not null,
    term                  text not null
);

-- New heads welcomed once each.
create table wellbeing_welcomes (
    person_id             bigint primary key,
    welcomed_at           timestamptz not null default now()
);
