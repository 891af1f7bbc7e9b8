-- The seed of the random choice that drew a visit "at random in its district and phase", so a draw can be explained
-- (and repeated) later; null for visits the other rules picked.
alter table safeguarding_visits add column seed bigint;
