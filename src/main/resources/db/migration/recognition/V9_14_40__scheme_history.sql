-- A scheme's history (issue 14): who changed which setting of a scheme when, from what to what, in words, as the
-- schemes officer saw it on the form; a toolkit file imported is a change too. Never updated or deleted.
create table recognition_scheme_changes (
    id          bigserial primary key,
    scheme_key  text                     not null,
    changed_at  timestamp with time zone not null default now(),
    changed_by  text                     not null,
    setting     text                     not null,
    before      text,
    after       text                     not null
);
create index recognition_scheme_changes_scheme on recognition_scheme_changes (scheme_key, changed_at desc, id desc);
