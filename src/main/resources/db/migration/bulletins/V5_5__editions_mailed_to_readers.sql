-- Whether publishing the edition emails it to its readers: editions loaded straight into the archive
-- (BulletinRecords.publish, e.g. the demo county's past editions) are not.
alter table bulletin_editions add column mail_readers boolean not null default true;
