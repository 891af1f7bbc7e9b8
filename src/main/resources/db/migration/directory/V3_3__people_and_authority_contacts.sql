-- Teams belong to the authority (parent_id); a team may have a shared mailbox.
alter table organisations
    add column parent_id bigint references organisations (id),
    add column email     text;
create index organisations_parent on organisations (parent_id);

-- A role is held once from a given date; ending it keeps it, so the history stays.
alter table appointments
    add constraint appointments_dates check (ends_on is null or ends_on >= starts_on);
create unique index appointments_identity on appointments (person_id, organisation_id, role, starts_on);

-- A post in an authority team, e.g. "SEND and Inclusion Lead (0-25)": it outlasts the people who hold it.
create table authority_posts (
    id         bigserial primary key,
    team_id    bigint not null references organisations (id),
    title      text not null,
    created_at timestamp with time zone not null default now()
);
create index authority_posts_team on authority_posts (team_id);

-- The areas a post answers for, e.g. "SEND and Inclusion 0-25", in the order the authority lists them.
create table authority_post_areas (
    post_id  bigint not null references authority_posts (id) on delete cascade,
    position int not null,
    area     text not null,
    primary key (post_id, position)
);
create index authority_post_areas_area on authority_post_areas (lower(area));

-- Who held a post and when; one holder at a time (checked by the application under a lock on the post).
create table post_holders (
    id        bigserial primary key,
    post_id   bigint not null references authority_posts (id),
    person_id bigint not null references people (id),
    starts_on date not null,
    ends_on   date,
    check (ends_on is null or ends_on >= starts_on)
);
create index post_holders_post on post_holders (post_id, starts_on);
create index post_holders_person on post_holders (person_id);

-- Someone answering for a post for a while: acting, interim, or the main point of contact while the holder
-- is away. One arrangement at a time per post; an open end means "until further notice".
create table cover_arrangements (
    id        bigserial primary key,
    post_id   bigint not null references authority_posts (id),
    person_id bigint not null references people (id),
    kind      text not null check (kind in ('ACTING', 'INTERIM', 'MAIN_CONTACT')),
    starts_on date not null,
    ends_on   date,
    note      text,
    check (ends_on is null or ends_on >= starts_on)
);
create index cover_arrangements_post on cover_arrangements (post_id, starts_on);
create index cover_arrangements_person on cover_arrangements (person_id);
