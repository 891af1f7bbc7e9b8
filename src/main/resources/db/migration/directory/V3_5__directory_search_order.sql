-- Directory lists are in the order of the lower-case name, byte by byte (collation "C", the same on every server),
-- then id. One index in that order carries every column the search and its filters read, so a page of results, a
-- name prefix or a walk in name order until 51 matches are found is read from the index alone (an index-only scan:
-- no visit to the wide rows), and nothing is sorted. `name` is included because PostgreSQL computes lower(name)
-- from it when it checks that the scan needs nothing else.
create index organisations_list_order on organisations ((lower(name) collate "C"), id)
    include (name, search_text, urn, status, kind, phase, district, trust_id);
-- Index-only scans skip only pages the visibility map marks all-visible: vacuum after a few percent of the rows
-- changed (a GIAS import that updates some hundreds of schools), not the default fifth.
alter table organisations set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
