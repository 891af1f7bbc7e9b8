-- An award's life after the panel (issue 14): under review when the Ofsted grade falls below the scheme's rule,
-- withdrawn with who, when and why, expiry recorded; never deleted.
alter table recognition_awards add column under_review_since date;
alter table recognition_awards add column review_reason text;
alter table recognition_awards add column withdrawn_by text;
alter table recognition_awards add column withdrawn_reason text;
alter table recognition_awards add column expired_recorded_on date;
alter table recognition_awards add column listed_by text;
alter table recognition_awards add column listed_at timestamp with time zone;
create index recognition_awards_organisation on recognition_awards (organisation_id);
create index recognition_awards_live on recognition_awards (district, organisation_kind, starts_on)
    where listed and withdrawn_on is null;

-- Every change to an award, in order: listed, under review, review cleared, withdrawn, expired, renewal started.
create table recognition_award_history (
    id       bigserial primary key,
    award_id bigint not null references recognition_awards (id),
    change   text not null,
    detail   text not null default '',
    by_whom  text not null,
    at       timestamp with time zone not null default now()
);
create index recognition_award_history_award on recognition_award_history (award_id);

-- Reminders of the annual update and of renewal, claimed before they are sent: each is sent once.
create table recognition_award_reminders (
    award_id bigint not null references recognition_awards (id),
    kind     text not null check (kind in ('ANNUAL_UPDATE', 'RENEWAL')),
    due_on   date not null,
    months   int not null,
    sent_at  timestamp with time zone not null default now(),
    primary key (award_id, kind, due_on, months)
);

-- A renewal is a new application started from the award's last self-evaluation.
alter table recognition_applications add column renews_award_id bigint references recognition_awards (id);

-- The awards ceremonies: an event of the events module for the awards made in a period, every one invited.
create table recognition_ceremonies (
    id          bigserial primary key,
    event_id    bigint not null,
    article_id  bigint,
    awarded_from date not null,
    awarded_to   date not null,
    created_by  text not null,
    created_at  timestamp with time zone not null default now()
);
create table recognition_ceremony_invitations (
    ceremony_id bigint not null references recognition_ceremonies (id),
    award_id    bigint not null references recognition_awards (id),
    primary key (ceremony_id, award_id)
);
