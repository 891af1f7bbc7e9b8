package uk.headsup.bulletins.internal.archive;

/** A published edition changed (a correction): its cached pages must go. Internal to this module. */
public record EditionRevised(long editionId) {}
