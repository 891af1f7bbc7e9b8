-- The public "send me a new preference link" form looks an address up among every message ever sent (lower-cased):
-- without an index each request read the whole outbox (139-177 ms at 300,000 messages, more as it grows).
create index outbox_messages_recipient on outbox_messages (lower(recipient));
