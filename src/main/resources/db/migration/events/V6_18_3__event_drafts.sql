-- An event is saved as a draft and previewed before it is published: a draft has no published_at, and only events
-- officers see it (not bookable, in no list, feed or calendar). Every event added before was published when added.
alter table events add column published_at timestamp with time zone;
update events set published_at = created_at;
