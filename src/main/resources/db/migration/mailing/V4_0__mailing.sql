-- Every email is stored here before it is sent; workers claim due rows with FOR UPDATE SKIP LOCKED.
create table outbox_messages (
    id              bigserial primary key,
    kind            text not null,
    recipient       text not null,
    subject         text not null,
    html_body       text not null,
    text_body       text not null,
    message_id      text not null unique,
    status          text not null default 'QUEUED'
                    check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts        int not null default 0,
    next_attempt_at timestamp with time zone not null default now(),
    last_error      text,
    transport       text,
    created_at      timestamp with time zone not null default now(),
    sent_at         timestamp with time zone
);
create index outbox_messages_due on outbox_messages (next_attempt_at) where status = 'QUEUED';
create index outbox_messages_created on outbox_messages (created_at desc);
