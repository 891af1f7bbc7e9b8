package uk.headsup.bulletins.internal.archive;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import uk.headsup.platform.Caches;
import uk.headsup.platform.KeptPage;

/**
 * The rendered pages {@link ArchivePageCache} keeps, each a {@link KeptPage} (which says how they are answered and
 * revalidated, with the application's own security headers). Pages are kept in a
 * {@link Caches} cache: at most {@link #CAPACITY}, the least used going first, and none kept a day unused.
 */
final class CachedPages {

    static final int CAPACITY = 2_000;

    /** A rendered page of an edition, with its gzip and ETag. */
    record Entry(long editionId, KeptPage page) {}

    private final Cache<String, Entry> entries;

    CachedPages(Caches caches) {
        this.entries = caches.idle("bulletins.archive-pages", CAPACITY, Duration.ofDays(1));
    }

    /** A GET or HEAD without a query string or session cookie under /bulletins/: the only requests cached pages answer. */
    static boolean mayAnswer(HttpServletRequest request) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD"))
                && request.getQueryString() == null
                && request.getRequestURI().startsWith("/bulletins/")
                && !KeptPage.withSession(request);
    }

    /** Answers with a kept page (see {@link KeptPage#serve}: revalidated by its ETag, gzip when accepted). */
    static void serve(Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
        entry.page().serve(request, response);
    }

    /** The page kept for the path; null if none is. */
    Entry take(String path) {
        return entries.getIfPresent(path);
    }

    void put(String path, Entry entry) {
        entries.put(path, entry);
    }

    void evict(long editionId) {
        entries.asMap().values().removeIf(e -> e.editionId() == editionId);
    }

    /** Every page of the series with this key. */
    void evictSeries(String seriesKey) {
        entries.asMap().keySet().removeIf(path -> path.startsWith("/bulletins/" + seriesKey + "/"));
    }

    boolean contains(String path) {
        return entries.asMap().containsKey(path);
    }

    void clear() {
        entries.invalidateAll();
    }

    int size() {
        entries.cleanUp();
        return (int) entries.estimatedSize();
    }

    boolean isEmpty() {
        return entries.asMap().isEmpty();
    }
}
