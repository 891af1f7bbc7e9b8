-- GIAS's Easting and Northing (British National Grid, metres): partner schools are suggested nearest first.
alter table organisations add column easting int, add column northing int;
