-- Events, training and meetings. People and organisations are the directory's: rows here keep their ids and the
-- names and addresses they had when booked (no foreign keys into another module's tables).

-- A calendar of meetings for an academic year (Fair Access Protocol panels, assessment meetings), published to an
-- audience, who may subscribe to it.
create table event_series (
    id             bigserial primary key,
    title          text not null,
    description    text not null default '',
    academic_year  text not null,
    audience       jsonb not null,
    audience_label text not null,
    created_at     timestamp with time zone not null default now()
);

create table events (
    id                     bigserial primary key,
    type                   text not null check (type in
                               ('CONFERENCE', 'AWARD_CEREMONY', 'TRAINING', 'BRIEFING', 'STATUTORY_MEETING')),
    series_id              bigint references event_series (id),
    title                  text not null,
    description            text not null default '',
    audience               jsonb not null,
    audience_label         text not null,
    starts_at              timestamp with time zone not null,
    ends_at                timestamp with time zone not null,
    venue_name             text not null default '',
    venue_address          text not null default '',
    venue_accessibility    text not null default '',
    online_link            text not null default '',
    trainer                text not null default '',
    contact_name           text not null,
    contact_email          text not null,
    bookable               boolean not null default true,
    -- Places: confirmed and offered places count as taken; the check is the last line of defence against overselling.
    capacity               int not null check (capacity >= 0),
    places_taken           int not null default 0 check (places_taken >= 0),
    waiting                int not null default 0 check (waiting >= 0),
    price_pence            int not null default 0 check (price_pence >= 0),
    vat                    text not null default 'NONE' check (vat in ('NONE', 'EXEMPT', 'STANDARD')),
    booking_opens_at       timestamp with time zone,
    booking_closes_at      timestamp with time zone not null,
    cancellation_deadline  timestamp with time zone not null,
    per_organisation_limit int check (per_organisation_limit > 0),
    auto_confirm           boolean not null default false,
    offer_hold_hours       int not null default 48 check (offer_hold_hours > 0),
    everyone_should_attend boolean not null default false,
    reminder_days_before   int check (reminder_days_before >= 0),
    evaluation_questions   jsonb not null default '[]',
    created_by             text not null,
    created_at             timestamp with time zone not null default now(),
    check (ends_at > starts_at),
    check (places_taken <= capacity)
);
create index events_starts_at on events (starts_at);
create index events_series on events (series_id);

-- A course may run over several sessions (days or half-days); every event has at least one.
create table event_sessions (
    id        bigserial primary key,
    event_id  bigint not null references events (id) on delete cascade,
    starts_at timestamp with time zone not null,
    ends_at   timestamp with time zone not null,
    check (ends_at > starts_at)
);
create index event_sessions_event on event_sessions (event_id, starts_at);

-- One request by one person for one or more places.
create table event_bookings (
    id                bigserial primary key,
    event_id          bigint not null references events (id),
    organisation_id   bigint,
    organisation_name text not null default '',
    booked_by_email   text not null,
    booked_by_name    text not null,
    authority_booking boolean not null default false,
    purchase_order    text not null default '',
    created_at        timestamp with time zone not null default now()
);
create index event_bookings_event on event_bookings (event_id);
create index event_bookings_booker on event_bookings (lower(booked_by_email));

-- One attendee's place: confirmed, offered (held until offer_expires_at), waiting (in queue_position order),
-- or ended (cancelled, declined, offer expired).
create sequence event_queue;
create table event_places (
    id                    bigserial primary key,
    booking_id            bigint not null references event_bookings (id),
    event_id              bigint not null references events (id),
    person_id             bigint,
    attendee_name         text not null,
    attendee_email        text not null,
    organisation_id       bigint,
    organisation_name     text not null default '',
    dietary               text not null default '',
    access_needs          text not null default '',
    status                text not null check (status in
                              ('CONFIRMED', 'OFFERED', 'WAITING', 'CANCELLED', 'DECLINED', 'OFFER_EXPIRED')),
    queue_position        bigint not null,
    offer_expires_at      timestamp with time zone,
    uid                   text not null unique,
    ics_sequence          int not null default 0,
    confirmed_at          timestamp with time zone,
    cancelled_at          timestamp with time zone,
    cancelled_by          text,
    late_cancellation     boolean not null default false,
    charge_waived_by      text,
    attendance            text check (attendance in ('ATTENDED', 'NO_SHOW')),
    certificate_sent_at   timestamp with time zone,
    evaluation_token      text unique,
    evaluation_sent_at    timestamp with time zone,
    reminder_sent_at      timestamp with time zone,
    created_at            timestamp with time zone not null default now(),
    check ((status = 'OFFERED') = (offer_expires_at is not null))
);
create index event_places_event_status on event_places (event_id, status, queue_position);
create index event_places_attendee on event_places (lower(attendee_email));
create index event_places_offers_due on event_places (offer_expires_at) where status = 'OFFERED';
create unique index event_places_one_live_per_person
    on event_places (event_id, lower(attendee_email)) where status in ('CONFIRMED', 'OFFERED', 'WAITING');

-- A completed course evaluation: a rating (1-5) per question and a comment.
create table event_evaluations (
    place_id     bigint primary key references event_places (id),
    event_id     bigint not null references events (id),
    ratings      jsonb not null,
    comments     text not null default '',
    submitted_at timestamp with time zone not null default now()
);

-- Private calendar feeds: a person's bookings, or a series they are in the audience of. Only the token's SHA-256
-- is kept; a revoked feed answers 404 like a token that never existed.
create table event_calendar_feeds (
    id          bigserial primary key,
    token_hash  text not null unique,
    owner_email text not null,
    -- authority staff may follow any series; school staff only while they are in its audience
    owner_is_authority boolean not null default false,
    series_id   bigint references event_series (id),
    created_at  timestamp with time zone not null default now(),
    revoked_at  timestamp with time zone
);
create index event_calendar_feeds_owner on event_calendar_feeds (lower(owner_email));

-- Who was nudged to book an event everyone should attend, so nobody is nudged twice.
create table event_nudges (
    event_id  bigint not null references events (id),
    email     text not null,
    sent_at   timestamp with time zone not null default now(),
    primary key (event_id, email)
);
