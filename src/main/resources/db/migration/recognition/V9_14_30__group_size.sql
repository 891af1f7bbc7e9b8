-- The group size rules of a scheme for groups of primary schools, as data the schemes officer sets (issue 14): at
-- least group_smallest schools that have joined to submit, more than group_largest only with the officer's agreement.
alter table recognition_schemes
    add column group_smallest int not null default 3 check (group_smallest between 2 and 30),
    add column group_largest  int not null default 6 check (group_largest between 2 and 30),
    add constraint recognition_schemes_group_size_check check (group_largest >= group_smallest);
