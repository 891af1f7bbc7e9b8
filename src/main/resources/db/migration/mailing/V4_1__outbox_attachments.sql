-- Files sent with a message (a booking's .ics, a certificate), stored with it so a resend is the same message.
create table outbox_attachments (
    message_id   bigint not null references outbox_messages (id) on delete cascade,
    position     int not null,
    filename     text not null,
    content_type text not null,
    content      bytea not null,
    primary key (message_id, position)
);

-- Workers read attachments only for the messages that have some.
alter table outbox_messages add column attachment_count int not null default 0;
