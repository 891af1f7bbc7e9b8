create table organisations (
    id                 bigserial primary key,
    kind               text not null,
    name               text not null,
    urn                text unique,
    phase              text,
    establishment_type text,
    status             text not null default 'OPEN',
    district           text,
    street             text,
    town               text,
    postcode           text,
    created_at         timestamp with time zone not null default now()
);
create index organisations_name on organisations (lower(name));

create table people (
    id         bigserial primary key,
    full_name  text not null,
    email      text not null,
    phone      text,
    job_title  text,
    created_at timestamp with time zone not null default now()
);
create unique index people_email_key on people (lower(email));

-- A person's role at an organisation, with the dates it held; a person who leaves keeps their history.
create table appointments (
    id              bigserial primary key,
    person_id       bigint not null references people (id),
    organisation_id bigint not null references organisations (id),
    role            text not null,
    starts_on       date not null,
    ends_on         date
);
create index appointments_person on appointments (person_id);
create index appointments_organisation on appointments (organisation_id);
