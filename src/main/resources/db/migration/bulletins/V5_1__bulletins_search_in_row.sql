-- Search tests and ranks each candidate on its tsvector. Out of line (TOAST) that cost a lookup of about 20 µs per
-- article, and the planner cannot know it; compressed in the row (storage main) it costs about one. The body and its
-- HTML still go out of line. The title-and-summary tsvector that ranked matches cheaply is no longer needed: ranking
-- uses the whole tsvector again.
alter table bulletin_published_articles drop column if exists search_head;
alter table bulletin_published_articles reset (toast_tuple_target);
alter table bulletin_published_articles alter column search set storage main;
-- Rewrite published articles so that their tsvector moves into the row (updating the title computes it again).
update bulletin_published_articles set title = title;
-- The newest matches first: walked backwards in date order, with the series checked in the index.
create index if not exists bulletin_published_articles_newest on bulletin_published_articles (edition_date, id, series_id);
-- Searches never read a pending list of new entries: publishing is rare, so entries go into the index at once.
alter index bulletin_published_articles_search set (fastupdate = off);
select gin_clean_pending_list('bulletin_published_articles_search');
