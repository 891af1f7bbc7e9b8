-- Inclusion: exclusions, alternative provision and outcomes. The first tables about children: every pupil row is
-- deleted on the retention schedule (inclusion_pupils.retain_until), and what reports keep is anonymous counts.

-- The authority's term dates, per academic year ('2025-26'): terms, half-terms, INSET days and bank holidays.
create table inclusion_term_dates (
    id            bigserial primary key,
    academic_year text not null,
    kind          text not null check (kind in ('TERM', 'HALF_TERM', 'INSET', 'BANK_HOLIDAY')),
    name          text not null,
    starts_on     date not null,
    ends_on       date not null,
    check (ends_on >= starts_on)
);
create index inclusion_term_dates_year on inclusion_term_dates (academic_year);

-- Users a headteacher authorises to notify and read their school's exclusions (besides the head).
create table inclusion_authorised_users (
    organisation_id bigint not null,
    email           text not null,
    authorised_by   text not null,
    authorised_at   timestamp with time zone not null default now(),
    primary key (organisation_id, email)
);

-- A pupil as a school notified them. School id, URN and name are kept as they were at notification.
create table inclusion_pupils (
    id              bigserial primary key,
    organisation_id bigint not null,
    school_urn      text,
    school_name     text not null,
    school_district text,
    school_trust    text,
    first_name      text not null,
    last_name       text not null,
    date_of_birth   date not null,
    upn             text,
    year_group      int,
    sen_status      text check (sen_status in ('NONE', 'SEN_SUPPORT', 'EHC_PLAN')),
    free_school_meals boolean,
    looked_after    boolean,
    child_in_need   boolean,
    social_worker   text,
    retain_until    date not null,
    created_at      timestamp with time zone not null default now()
);
create index inclusion_pupils_school on inclusion_pupils (organisation_id);
create index inclusion_pupils_retain on inclusion_pupils (retain_until);

create table inclusion_exclusions (
    id                      bigserial primary key,
    pupil_id                bigint not null references inclusion_pupils (id) on delete cascade,
    organisation_id         bigint not null,
    kind                    text not null check (kind in ('PERMANENT', 'SUSPENSION', 'LUNCHTIME')),
    first_day               date not null,
    last_day                date,
    sessions                int,
    reason                  text not null,
    account                 text,
    notified_by             text not null,
    notified_at             timestamp with time zone not null default now(),
    completed_at            timestamp with time zone,
    governors_due           date,
    governors_held_on       date,
    governors_outcome       text check (governors_outcome in ('UPHELD', 'REINSTATED')),
    review_requested_on     date,
    review_outcome          text check (review_outcome in ('UPHELD', 'RECOMMENDED_RECONSIDER', 'QUASHED')),
    sixth_day_due           date,
    sixth_day_provider      text,
    sixth_day_from          date,
    new_school_place_on     date
);
create index inclusion_exclusions_school on inclusion_exclusions (organisation_id, first_day);
create index inclusion_exclusions_pupil on inclusion_exclusions (pupil_id);

create table inclusion_providers (
    id            bigserial primary key,
    name          text not null unique,
    registration  text not null check (registration in ('REGISTERED_SCHOOL', 'OFSTED_REGISTERED', 'UNREGISTERED')),
    commissioning text not null check (commissioning in ('FRAMEWORK', 'SPOT_PURCHASE')),
    urn           text
);

create table inclusion_placements (
    id                  bigserial primary key,
    pupil_id            bigint not null references inclusion_pupils (id) on delete cascade,
    provider_id         bigint not null references inclusion_providers (id),
    commissioned_by     text not null check (commissioned_by in ('SCHOOL', 'AUTHORITY')),
    reason              text not null check (reason in ('PERMANENT_EXCLUSION', 'SIXTH_DAY', 'PREVENTATIVE', 'MEDICAL')),
    starts_on           date not null,
    planned_end         date,
    hours_a_week        numeric(4, 1) not null,
    weekly_cost         numeric(10, 2),
    reintegration_target text,
    ended_on            date,
    destination         text
);
create index inclusion_placements_pupil on inclusion_placements (pupil_id);
create index inclusion_placements_provider on inclusion_placements (provider_id);

-- KS4 results and destination a year on, one row per pupil.
create table inclusion_outcomes (
    pupil_id          bigint primary key references inclusion_pupils (id) on delete cascade,
    ks4_year          int not null,
    english_maths_4   boolean not null,
    english_maths_5   boolean not null,
    destination       text not null check (destination in ('SUSTAINED', 'NOT_SUSTAINED', 'NEET', 'NOT_KNOWN'))
);

-- Every read of a pupil's record: who, when, what. Kept (without the pupil's name) after the record goes.
create table inclusion_access_log (
    id         bigserial primary key,
    pupil_id   bigint not null,
    read_by    text not null,
    read_at    timestamp with time zone not null default now(),
    purpose    text not null
);
create index inclusion_access_log_pupil on inclusion_access_log (pupil_id, read_at);

-- What the retention job deleted: anonymous counts for the reports that outlive the records.
create table inclusion_retained_counts (
    id              bigserial primary key,
    organisation_id bigint not null,
    school_name     text not null,
    kind            text not null,
    academic_year   text not null,
    exclusions      int not null,
    deleted_at      timestamp with time zone not null default now()
);
