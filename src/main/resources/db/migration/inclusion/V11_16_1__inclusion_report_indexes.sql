-- Finding a school's pupil by name and date of birth (every notified exclusion and every row of a suspensions CSV,
-- twice: the 45-day check and the save), the trust and district reports, and the officer's latest exclusions.
-- bench/inclusion.sh measures the first three (docs/performance.md).
create index inclusion_pupils_match on inclusion_pupils (organisation_id, lower(last_name), lower(first_name), date_of_birth);
create index inclusion_pupils_trust on inclusion_pupils (school_trust);
create index inclusion_pupils_district on inclusion_pupils (school_district);
create index inclusion_exclusions_latest on inclusion_exclusions (first_day desc, id desc);
