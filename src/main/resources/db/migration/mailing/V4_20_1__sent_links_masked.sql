-- Issue 20 item 3: messages that went before this change lose their tokened links (sign-in links, invitations,
-- password links and the like), as every message now does once it has gone (see mailing/internal/SentLinks).
update outbox_messages
   set html_body = regexp_replace(html_body,
                                  '(token=|/email/preferences/|/events/evaluations/|/events/feeds/)[A-Za-z0-9_-]{16,}',
                                  '\1(removed-once-sent)', 'g'),
       text_body = regexp_replace(text_body,
                                  '(token=|/email/preferences/|/events/evaluations/|/events/feeds/)[A-Za-z0-9_-]{16,}',
                                  '\1(removed-once-sent)', 'g')
 where status not in ('QUEUED', 'SENDING')
   and (html_body ~ '(token=|/email/preferences/|/events/evaluations/|/events/feeds/)[A-Za-z0-9_-]{16,}'
        or text_body ~ '(token=|/email/preferences/|/events/evaluations/|/events/feeds/)[A-Za-z0-9_-]{16,}');
