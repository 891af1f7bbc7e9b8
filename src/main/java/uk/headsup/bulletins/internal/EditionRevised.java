package uk.headsup.bulletins.internal;

/** A published edition changed (a correction): its cached pages must go. Internal to this module. */
record EditionRevised(long editionId) {}
