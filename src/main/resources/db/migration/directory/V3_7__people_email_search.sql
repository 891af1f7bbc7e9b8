-- People are found by the start of their email address or of its domain (ordinary index ranges), no longer by the
-- trigrams of the address: every address at a common domain shares its trigrams, whose lists run to nearly everyone.
-- See uk.headsup.directory.internal.people.Match.
drop index if exists people_email_trgm;
create index people_email_prefix on people ((lower(email) collate "C"));
create index people_email_domain on people ((split_part(lower(email), '@', 2) collate "C"));
