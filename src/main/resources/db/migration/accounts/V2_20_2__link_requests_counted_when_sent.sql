-- Only links actually sent count towards an address's limit: refused requests counted too, so one request every
-- few minutes from anyone kept the owner of the address locked out indefinitely.
alter table sign_in_link_requests add column sent boolean not null default true;
