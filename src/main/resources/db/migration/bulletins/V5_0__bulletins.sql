-- Bulletins: series, editions, articles, their versions, the published (frozen) copies the archive and search
-- read, corrections, attachments and what school users have done about calls to action.

create table bulletin_series (
    id               bigserial primary key,
    key              text not null unique check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             text not null,
    kind             text not null check (kind in ('WEEKLY', 'DAILY', 'SPECIAL')),
    description      text not null default '',
    default_sections text[] not null default '{}',
    publish_day      text,            -- WEEKLY: the day of the week it comes out (MONDAY ...)
    publish_time     time,            -- WEEKLY and DAILY: the time it comes out, UK time
    public_archive   boolean not null default false,
    next_number      int not null default 1,
    revised_at       timestamptz not null default now()
);

create table bulletin_editions (
    id                bigserial primary key,
    series_id         bigint not null references bulletin_series (id),
    number            int not null,
    edition_date      date not null,
    status            text not null check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED')),
    foreword          text not null default '',
    foreword_post_id  bigint,         -- the directory post whose holder (or cover) signs the foreword
    foreword_person_id bigint,        -- the officer chosen when the foreword was written
    -- as published: the officer's name and title on the edition's date, frozen
    signed_name       text,
    signed_title      text,
    signed_note       text,
    foreword_html     text,
    review_comments   text,
    returned_by       text,
    returned_at       timestamptz,
    approved_by       text,
    approved_at       timestamptz,
    scheduled_for     timestamptz,
    published_at      timestamptz,
    created_by        text not null,
    created_at        timestamptz not null default now(),
    version           int not null default 1,
    revised_at        timestamptz not null default now(),  -- corrections: what the page cache polls
    unique (series_id, number)
);
create index bulletin_editions_due on bulletin_editions (scheduled_for) where status = 'APPROVED';
create index bulletin_editions_revised on bulletin_editions (revised_at);

create table bulletin_sections (
    id          bigserial primary key,
    edition_id  bigint not null references bulletin_editions (id) on delete cascade,
    position    int not null,
    title       text not null
);
create index bulletin_sections_edition on bulletin_sections (edition_id, position);

create table bulletin_articles (
    id                 bigserial primary key,
    title              text not null,
    summary            text not null default '',
    body               text not null default '',
    contact_post_id    bigint,
    audience_roles     text[] not null default '{}',
    audience_phases    text[] not null default '{}',
    audience_districts text[] not null default '{}',
    audience_clusters  bigint[] not null default '{}',
    essential          boolean not null default false,
    marketing          boolean not null default false,
    cta_text           text,
    cta_url            text,
    cta_deadline       date,
    for_daily_briefing boolean not null default false,
    status             text not null check (status in ('DRAFT', 'SUBMITTED')),
    author_email       text not null,
    author_name        text not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    updated_by         text not null,
    version            int not null default 1
);
create index bulletin_articles_status on bulletin_articles (status, updated_at desc);

-- Where an article appears: one article may be placed in several editions (a daily item carried into the weekly).
create table bulletin_placements (
    edition_id  bigint not null references bulletin_editions (id) on delete cascade,
    article_id  bigint not null references bulletin_articles (id),
    section_id  bigint not null references bulletin_sections (id) on delete cascade,
    position    int not null,
    primary key (edition_id, article_id)
);
create index bulletin_placements_article on bulletin_placements (article_id);

-- Every change to an article or an edition: who, when, what, and the whole text then, for diffs.
create table bulletin_versions (
    id          bigserial primary key,
    subject     text not null check (subject in ('ARTICLE', 'EDITION')),
    subject_id  bigint not null,
    version     int not null,
    changed_by  text not null,
    changed_at  timestamptz not null default now(),
    what        text not null,
    snapshot    text not null
);
create index bulletin_versions_subject on bulletin_versions (subject, subject_id, id);

create table bulletin_attachments (
    id           bigserial primary key,
    article_id   bigint not null references bulletin_articles (id) on delete cascade,
    file_name    text not null,
    media_type   text not null,
    kind         text not null,
    size_bytes   bigint not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
create index bulletin_attachments_article on bulletin_attachments (article_id);

-- An article as it was published in an edition: frozen, rendered, and indexed for search.
create table bulletin_published_articles (
    id                 bigserial primary key,
    edition_id         bigint not null references bulletin_editions (id),
    article_id         bigint not null references bulletin_articles (id),
    series_id          bigint not null references bulletin_series (id),
    edition_date       date not null,
    section_title      text not null,
    section_position   int not null,
    position           int not null,
    slug               text not null,
    title              text not null,
    summary            text not null,
    body_html          text not null,
    body_text          text not null,
    contact_name       text,
    contact_title      text,
    contact_note       text,
    contact_team       text,
    contact_email      text,
    contact_phone      text,
    audience_roles     text[] not null,
    audience_phases    text[] not null,
    audience_districts text[] not null,
    audience_clusters  bigint[] not null,
    essential          boolean not null,
    marketing          boolean not null,
    cta_text           text,
    cta_url            text,
    cta_deadline       date,
    search             tsvector generated always as (
                           setweight(to_tsvector('english', title), 'A')
                           || setweight(to_tsvector('english', summary), 'B')
                           || setweight(to_tsvector('english', section_title), 'C')
                           || setweight(to_tsvector('english', body_text), 'D')) stored,
    -- the title, summary and section alone: small enough to stay in the row, so ranking many matches is cheap
    search_head        tsvector generated always as (
                           setweight(to_tsvector('english', title), 'A')
                           || setweight(to_tsvector('english', summary), 'B')
                           || setweight(to_tsvector('english', section_title), 'C')) stored,
    unique (edition_id, slug)
);
-- Keep rows small: the body, its HTML and the large tsvector go out of line (TOAST), so that finding and counting
-- the matches of a common word reads a few megabytes of rows, not every article; the small tsvector used for
-- ranking stays in the row.
alter table bulletin_published_articles set (toast_tuple_target = 128);
alter table bulletin_published_articles alter column search_head set storage main;
create index bulletin_published_articles_search on bulletin_published_articles using gin (search);
create index bulletin_published_articles_article on bulletin_published_articles (article_id);
create index bulletin_published_articles_deadline on bulletin_published_articles (cta_deadline)
    where cta_deadline is not null;
create index bulletin_published_articles_series_date on bulletin_published_articles (series_id, edition_date desc);

create table bulletin_published_attachments (
    published_article_id bigint not null references bulletin_published_articles (id),
    attachment_id        bigint not null references bulletin_attachments (id),
    primary key (published_article_id, attachment_id)
);

-- A dated correction notice on a published edition, or on one of its articles.
create table bulletin_corrections (
    id                   bigserial primary key,
    edition_id           bigint not null references bulletin_editions (id),
    published_article_id bigint references bulletin_published_articles (id),
    notice               text not null,
    made_by              text not null,
    made_at              timestamptz not null default now()
);
create index bulletin_corrections_edition on bulletin_corrections (edition_id);

-- What a school user has done about an article's call to action ("What needs your attention").
create table bulletin_attention (
    person_email text not null,
    article_id   bigint not null references bulletin_articles (id),
    state        text not null check (state in ('DONE', 'DISMISSED')),
    marked_at    timestamptz not null default now(),
    primary key (person_email, article_id)
);

insert into bulletin_series (key, name, kind, description, default_sections, publish_day, publish_time, public_archive)
values ('heads-up', 'Heads Up', 'WEEKLY',
        'The weekly bulletin for school and setting leaders: news, dates and what needs doing.',
        '{"SEND and Inclusion","Safeguarding","Events and training","Wellbeing","Key dates"}',
        'MONDAY', '08:00', true),
       ('daily-briefing', 'Daily briefing', 'DAILY',
        'Short daily updates for school leaders in busy periods.',
        '{"Today"}', null, '07:30', false),
       ('specials', 'Special editions', 'SPECIAL',
        'Editions on one subject, sent when something cannot wait for Monday.',
        '{"Details"}', null, null, true);
