-- What a GIAS import report says besides its counts: which local authorities it kept, how many rows of other
-- authorities it left out, and what it did to academy trusts.
alter table directory_imports
    add column la_codes       text,
    add column skipped        int not null default 0,
    add column trusts_added   int not null default 0,
    add column trusts_renamed int not null default 0;

create index directory_imports_started on directory_imports (kind, started_at desc);
create index organisation_changes_import on organisation_changes (import_id);

-- A scheduled import is claimed by the first node to insert its slot; the others leave it.
create table directory_scheduled_imports (
    kind       text not null,
    slot       timestamp with time zone not null,
    claimed_by text not null,
    claimed_at timestamp with time zone not null default now(),
    primary key (kind, slot)
);
