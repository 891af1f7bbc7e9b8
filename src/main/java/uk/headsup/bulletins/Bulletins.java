package uk.headsup.bulletins;

import java.util.List;
import java.util.Optional;

/** What other modules may read of the bulletins. */
public interface Bulletins {

    /** A published edition with its sections and articles in order; empty if there is none or not yet published. */
    Optional<PublishedEdition> publishedEdition(long editionId);

    /** The published editions of a series, newest first (at most {@code limit}). */
    List<PublishedEdition> latestEditions(String seriesKey, int limit);
}
