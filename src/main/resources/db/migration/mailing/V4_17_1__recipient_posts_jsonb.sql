-- A recipient's posts were stored as text, one line per post, "orgId<TAB>ROLE<TAB>PHASE<TAB>name", and split again
-- in Java and SQL. They become jsonb, an array of {"role", "organisationId", "organisationName", "phase"} (what
-- Jackson writes for MailshotRecipient.Post), converted from the old lines in their order.
alter table outbox_messages add column recipient_posts_json jsonb;

update outbox_messages m
   set recipient_posts_json = (
       select coalesce(jsonb_agg(jsonb_build_object(
                  'role', split_part(t.line, E'\t', 2),
                  'organisationId', split_part(t.line, E'\t', 1)::bigint,
                  'organisationName', split_part(t.line, E'\t', 4),
                  'phase', nullif(split_part(t.line, E'\t', 3), '')) order by t.n), '[]'::jsonb)
         from unnest(string_to_array(m.recipient_posts, E'\n')) with ordinality as t(line, n)
        where t.line <> '')
 where m.recipient_posts is not null;

alter table outbox_messages drop column recipient_posts;
alter table outbox_messages rename column recipient_posts_json to recipient_posts;

comment on column outbox_messages.recipient_posts is
    'What a mailshot''s content is chosen by: [{"role", "organisationId", "organisationName", "phase"}], one per post';
