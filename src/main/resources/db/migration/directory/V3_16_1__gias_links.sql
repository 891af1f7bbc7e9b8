-- GIAS establishment links (the "links" download): which establishment came before which, when a school converts
-- to an academy, amalgamates, splits or reopens under a new URN. Stored one way round, from either direction of the
-- file ("Predecessor" rows of the new URN, "Successor" rows of the old), replaced whole by each links import.
create table organisation_links (
    successor_urn   text not null,
    predecessor_urn text not null,
    link_type       text not null,
    established_on  date,
    primary key (successor_urn, predecessor_urn)
);
create index organisation_links_predecessor on organisation_links (predecessor_urn);
