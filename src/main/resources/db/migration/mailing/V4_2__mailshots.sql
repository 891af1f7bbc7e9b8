-- Mailshots: one send of personalised messages to many people (an edition, a reminder, a nudge). Each recipient is
-- a row of outbox_messages, claimed by the same workers as every other email; its body is rendered when it is sent.
create table mailshots (
    id           bigserial primary key,
    key          text not null unique,          -- idempotency: "edition:42" is started once, whatever replays
    content      text not null,                 -- the MailshotContent that renders it
    reference    text not null,                 -- what that content renders, e.g. the edition's id
    title        text not null,
    topic        text,                          -- null: essential, never suppressed by preferences
    state        text not null default 'SENDING' check (state in ('SENDING', 'PAUSED', 'CANCELLED')),
    started_by   text,
    created_at   timestamp with time zone not null default now(),
    changed_at   timestamp with time zone not null default now()
);

-- The text of a notice: a mailshot with mailing's own content (a reminder, a nudge), rendered per recipient.
create table mailshot_notices (
    mailshot_id bigint primary key references mailshots (id),
    subject     text not null,
    body        text not null,                  -- paragraphs separated by blank lines
    action_text text,
    action_url  text,
    action_tag  text
);

-- Topics people can turn off: series, sections of interest, marketing. Declared by the modules that own them.
create table mailing_topics (
    key         text primary key,
    kind        text not null check (kind in ('SERIES', 'SECTION', 'MARKETING')),
    name        text not null,
    description text,
    position    int not null default 0
);

-- What someone has turned off, by lower-cased email address: no row means "send".
create table mailing_opt_outs (
    email      text not null,
    topic      text not null references mailing_topics (key) on delete cascade,
    created_at timestamp with time zone not null default now(),
    primary key (email, topic)
);

-- Addresses that bounced permanently: no mailshot goes to them until someone marks them corrected.
create table mailing_bouncing_addresses (
    email      text primary key,
    reason     text not null,
    since      timestamp with time zone not null default now(),
    delivery   bigint
);

-- The key that signs links in emails, shared by every node; made once, when the first node starts.
create table mailing_signing_keys (
    id         int primary key check (id = 1),
    secret     bytea not null,
    created_at timestamp with time zone not null default now()
);

alter table outbox_messages
    alter column subject drop not null,
    alter column html_body drop not null,
    alter column text_body drop not null,
    add column mailshot_id    bigint references mailshots (id),
    add column recipient_name text,
    -- what a mailshot's content is chosen by: one line per role the recipient holds, "orgId<TAB>ROLE<TAB>PHASE<TAB>name"
    add column recipient_posts text,
    add column tags           text,             -- the tracked links' tags the message carried, e.g. article:17,article:18
    add column priority       smallint not null default 0, -- 0 single messages (sign-in links) before 1 mailshots
    add column reason         text,             -- why a message was suppressed, failed or bounced
    add column opened_at      timestamp with time zone,
    add column clicked_at     timestamp with time zone;

alter table outbox_messages drop constraint outbox_messages_status_check;
alter table outbox_messages add constraint outbox_messages_status_check
    check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'BOUNCED', 'SUPPRESSED', 'CANCELLED'));

drop index outbox_messages_due;
create index outbox_messages_due on outbox_messages (priority, next_attempt_at, id) where status in ('QUEUED', 'SENDING');
create unique index outbox_messages_one_per_recipient on outbox_messages (mailshot_id, lower(recipient))
    where mailshot_id is not null;
create index outbox_messages_mailshot_status on outbox_messages (mailshot_id, status) where mailshot_id is not null;

-- Clicks on tracked links, per message and link tag (an article), first and latest.
create table mailing_clicks (
    message_id  bigint not null references outbox_messages (id) on delete cascade,
    tag         text not null,
    first_at    timestamp with time zone not null default now(),
    last_at     timestamp with time zone not null default now(),
    clicks      int not null default 1,
    primary key (message_id, tag)
);

-- What the tags of a mailshot's tracked links stand for, e.g. article:17 is "Fair Access Protocol panel dates".
create table mailshot_tags (
    mailshot_id bigint not null references mailshots (id),
    tag         text not null,
    label       text not null,
    url         text not null,
    primary key (mailshot_id, tag)
);
