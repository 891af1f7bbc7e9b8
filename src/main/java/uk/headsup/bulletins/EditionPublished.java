package uk.headsup.bulletins;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An edition has been published: recorded in the publishing transaction by the event publication registry, once
 * per edition. Read the edition itself with {@link Bulletins#publishedEdition(long)}.
 */
public record EditionPublished(
        long editionId, String seriesKey, int number, LocalDate editionDate, Instant publishedAt) {}
