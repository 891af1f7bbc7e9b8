-- Directory search: names and towns by any part (trigram indexes), postcodes by their start.
create extension if not exists pg_trgm;
create index organisations_name_trgm on organisations using gin (name gin_trgm_ops);
create index organisations_town_trgm on organisations using gin (town gin_trgm_ops);
create index organisations_postcode_prefix on organisations (replace(upper(postcode), ' ', '') text_pattern_ops);
create index people_name_trgm on people using gin (full_name gin_trgm_ops);
create index people_email_trgm on people using gin (email gin_trgm_ops);
