-- A district's schools in the directory's list order (V3_5), so a district's first page is read in order, not sorted.
create index organisations_district_order on organisations (district, (lower(name) collate "C"), id);
drop index organisations_district_name;
