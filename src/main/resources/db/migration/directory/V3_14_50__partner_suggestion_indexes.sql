-- Partner suggestions (JdbcPartners.suggest) among the national GIAS open schools without reading them all: the
-- nearest open schools to a point, in order of distance, from a GiST index on GIAS's grid reference (PostgreSQL's own
-- point type and <-> operator), and the few schools without a grid reference in name order. bench/recognition.sh.
create index organisations_school_location on organisations using gist (point(easting, northing))
    where kind = 'SCHOOL' and status <> 'CLOSED';
create index organisations_school_unlocated on organisations (name, id)
    where kind = 'SCHOOL' and status <> 'CLOSED' and (easting is null or northing is null);
