package uk.headsup.bulletins.internal.series;

/** A series was changed (its name, sections, schedule or who may read its archive), inside the changing transaction. */
public record SeriesRevised(long seriesId, String seriesKey) {}
