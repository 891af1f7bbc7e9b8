-- Directory search: one lower-case text of name, URN, town and postcode (with and without its space), so that
-- any part of any of them is found through a single trigram index.
create extension if not exists pg_trgm;
alter table organisations add column search_text text generated always as (
    lower(name || ' ' || coalesce(urn, '') || ' ' || coalesce(town, '') || ' ' || coalesce(postcode, '') || ' '
          || replace(coalesce(postcode, ''), ' ', ''))) stored;
create index organisations_search_trgm on organisations using gin (search_text gin_trgm_ops);
create index organisations_name_order on organisations (name, id);
-- A district's schools in name order, without walking the whole name index.
create index organisations_district_name on organisations (district, name, id);
drop index organisations_district;
create index organisations_phase on organisations (phase);
create index people_name_trgm on people using gin (lower(full_name) gin_trgm_ops);
create index people_email_trgm on people using gin (lower(email) gin_trgm_ops);
