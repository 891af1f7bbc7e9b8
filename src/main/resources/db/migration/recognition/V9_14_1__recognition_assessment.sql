-- Issue 14, from application to decision: departments of secondary schools, schools leaving a group, the
-- authority's specialists, the assessor's review, the visit, the recommendation and the panel's level.
alter table recognition_applications drop constraint recognition_applications_state_check;
alter table recognition_applications add constraint recognition_applications_state_check
    check (state in ('OPEN', 'SUBMITTED', 'MORE_EVIDENCE', 'RECOMMENDED', 'AWARDED', 'DEFERRED', 'NOT_AWARDED'));
alter table recognition_applications
    add column department             text,
    add column specialist_requested   boolean not null default false,
    add column specialist_request     text,
    add column specialist_id          bigint,
    add column assessor_email         text,
    add column assessor_name          text,
    add column visit_starts_at        timestamp with time zone,
    add column visit_minutes          int,
    add column visit_place            text,
    add column visit_sequence         int not null default 0,
    add column findings               text,
    add column recommendation         text check (recommendation in ('AWARDED', 'DEFERRED', 'NOT_AWARDED')),
    add column recommended_level      text,
    add column recommended_by         text,
    add column recommended_at         timestamp with time zone;
create index recognition_applications_assessor on recognition_applications (lower(assessor_email));

alter table recognition_members drop constraint recognition_members_status_check;
alter table recognition_members add constraint recognition_members_status_check
    check (status in ('LEAD', 'INVITED', 'ACCEPTED', 'DECLINED', 'LEFT'));

alter table recognition_decisions add column level text;

-- The authority's list of specialists an applicant may ask for (never must); kept by the schemes officer. A
-- specialist signs in with an account of this email once assigned. Retired ones stay for the applications they helped.
create table recognition_specialists (
    id           bigserial primary key,
    name         text not null,
    organisation text not null default '',
    email        text not null,
    phone        text not null default '',
    fee          text not null default '',
    retired      boolean not null default false,
    added_by     text not null,
    added_at     timestamp with time zone not null default now()
);
alter table recognition_applications
    add constraint recognition_applications_specialist foreign key (specialist_id) references recognition_specialists (id);
create index recognition_specialists_email on recognition_specialists (lower(email));

-- The assessor's review of each standard: evidenced, or more evidence needed and what.
create table recognition_reviews (
    application_id bigint not null references recognition_applications (id),
    standard       text not null,
    verdict        text not null check (verdict in ('EVIDENCED', 'MORE_EVIDENCE')),
    note           text not null default '',
    reviewed_by    text not null,
    reviewed_at    timestamp with time zone not null default now(),
    primary key (application_id, standard)
);

-- What the specialist and the assessor say on an application (a standard, or the whole when standard is null).
create table recognition_comments (
    id             bigserial primary key,
    application_id bigint not null references recognition_applications (id),
    standard       text,
    text           text not null,
    role           text not null check (role in ('SPECIALIST', 'ASSESSOR')),
    by_email       text not null,
    by_name        text not null,
    added_at       timestamp with time zone not null default now()
);
create index recognition_comments_application on recognition_comments (application_id, id);
