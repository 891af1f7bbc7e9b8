-- The people page opens on everyone, in name order: read the first 50 off an index in that order instead of sorting
-- every person (300,000 people: 164 ms to 0.4 ms). Searches are unaffected: they find their matches first.
create index people_list_order on people (lower(full_name), id);
