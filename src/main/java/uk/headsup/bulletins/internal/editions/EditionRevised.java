package uk.headsup.bulletins.internal.editions;

/** A published edition changed (a correction): its cached pages must go. Internal to this module. */
public record EditionRevised(long editionId) {}
