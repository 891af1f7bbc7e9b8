-- Issue 21: who holds each claim on a message, and which senders are alive, so that the claims of a sender that is
-- gone (a crash, a kill) are released when a node starts, or when its heartbeat stops, not when their lease runs out.
alter table outbox_messages add column claimed_by text; -- pid@host of the node sending it, while SENDING
create index outbox_messages_claimed on outbox_messages (claimed_by) where status = 'SENDING';

create table mailing_senders (
    node         text primary key, -- pid@host, as the JVM names itself
    started_at   timestamp with time zone not null default now(),
    heartbeat_at timestamp with time zone not null default now()
);
