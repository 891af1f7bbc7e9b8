package uk.headsup.bulletins.internal;

/** A series was changed (its name, sections, schedule or who may read its archive), inside the changing transaction. */
record SeriesRevised(long seriesId, String seriesKey) {}
