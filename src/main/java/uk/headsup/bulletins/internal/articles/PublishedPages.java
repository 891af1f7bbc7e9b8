package uk.headsup.bulletins.internal.articles;

/**
 * Whether the archive has published a page, for the content checks' broken links. The archive implements it: it
 * publishes articles, so it knows them, and articles know the archive only through this.
 */
public interface PublishedPages {

    /** Whether this path names a published edition (slug null) or a published article of it. */
    boolean exists(String seriesKey, int number, String slug);
}
