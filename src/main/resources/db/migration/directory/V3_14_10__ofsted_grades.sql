-- The latest Ofsted grade of an early years setting or childminder, from the authority's early years register
-- (GIAS carries no grades). Earlier grades stay in organisation_changes.
alter table organisations add column ofsted_grade text
    check (ofsted_grade in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'));
alter table organisations add column ofsted_inspected_on date;
