-- Where an organisation's record comes from, and what GIAS says of it.
alter table organisations
    add column source            text not null default 'AUTHORITY' check (source in ('GIAS', 'EY_REGISTER', 'AUTHORITY')),
    add column code              text,            -- a trust's GIAS code, a cluster's short code
    add column la_code           text,            -- GIAS "LA (code)", e.g. 937
    add column la_name           text,
    add column establishment_number text,
    add column district_code     text,            -- GIAS "DistrictAdministrative (code)"
    add column trust_id          bigint references organisations (id),
    add column head_name         text,            -- GIAS head: shown on the school; people come from the authority
    add column locality          text,
    add column address3          text,
    add column county            text,
    add column telephone         text,
    add column website           text,
    add column opened_on         date,
    add column closed_on         date,
    add column statutory_low_age  int,
    add column statutory_high_age int,
    add column source_updated_on date,            -- GIAS "LastChangedDate"
    add column source_row        jsonb,           -- every column of the last imported row, by header
    add column source_hash       text,            -- hash of the mapped fields: unchanged rows are skipped cheaply
    add column updated_at        timestamp with time zone not null default now();

create unique index organisations_kind_code on organisations (kind, code) where code is not null;
create index organisations_trust on organisations (trust_id);
create index organisations_district on organisations (district);
create index organisations_la on organisations (la_code);
create index organisations_kind_phase_status on organisations (kind, phase, status);

-- A cluster or consortium the authority defines: its member schools and settings.
create table cluster_members (
    cluster_id      bigint not null references organisations (id) on delete cascade,
    organisation_id bigint not null references organisations (id) on delete cascade,
    primary key (cluster_id, organisation_id)
);
create index cluster_members_organisation on cluster_members (organisation_id);

-- What changed on an organisation, and when: name, status, head, trust, phase, address...
create table organisation_changes (
    id              bigserial primary key,
    organisation_id bigint not null references organisations (id) on delete cascade,
    changed_on      date not null,
    import_id       bigint,
    field           text not null,
    old_value       text,
    new_value       text
);
create index organisation_changes_organisation on organisation_changes (organisation_id, changed_on desc);

-- Every import (GIAS, early years register, people) leaves a report.
create table directory_imports (
    id          bigserial primary key,
    kind        text not null check (kind in ('GIAS', 'EY_REGISTER', 'PEOPLE')),
    file_name   text not null,
    started_at  timestamp with time zone not null default now(),
    finished_at timestamp with time zone,
    started_by  text not null,
    status      text not null default 'RUNNING' check (status in ('RUNNING', 'DONE', 'REFUSED', 'FAILED')),
    message     text,
    rows_read   int not null default 0,
    added       int not null default 0,
    updated     int not null default 0,
    closed      int not null default 0,
    unchanged   int not null default 0,
    rejected    int not null default 0
);

-- The rows of an import that did something or were rejected (unchanged rows are only counted).
create table directory_import_rows (
    import_id bigint not null references directory_imports (id) on delete cascade,
    line      int not null,
    outcome   text not null check (outcome in ('ADDED', 'UPDATED', 'CLOSED', 'REJECTED')),
    reference text,
    name      text,
    detail    text,
    primary key (import_id, line)
);
