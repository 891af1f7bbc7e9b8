-- Schemes as data the schemes officer sets up and edits (issue 14): who may apply is a set (settings and
-- childminders, groups of primary schools, departments of secondary schools), the toolkit may be held at one version
-- (none: the newest), the Ofsted grade rule for early years applicants, and the award levels as an ordered list.
alter table recognition_schemes drop constraint recognition_schemes_applicants_check;
alter table recognition_schemes alter column applicants drop default;
alter table recognition_schemes alter column applicants type text[] using
    case applicants when 'PRIMARY_GROUP' then array['PRIMARY_GROUP', 'SECONDARY_DEPARTMENT'] else array[applicants] end;
alter table recognition_schemes add constraint recognition_schemes_applicants_check
    check (cardinality(applicants) > 0
           and applicants <@ array['EARLY_YEARS', 'PRIMARY_GROUP', 'SECONDARY_DEPARTMENT']::text[]);
alter table recognition_schemes
    add column framework_version int check (framework_version > 0),
    add column minimum_grade     text check (minimum_grade in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT')),
    add column award_levels      text[] not null default '{}',
    add column updated_by        text,
    add column updated_at        timestamp with time zone;
update recognition_schemes set minimum_grade = 'GOOD' where 'EARLY_YEARS' = any (applicants);
