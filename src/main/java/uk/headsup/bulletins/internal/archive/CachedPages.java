package uk.headsup.bulletins.internal.archive;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import uk.headsup.platform.Caches;

/**
 * The rendered pages {@link ArchivePageCache} keeps, and how they are answered. The security headers (the one
 * Content-Security-Policy, frame and referrer rules, HSTS over HTTPS) are the application's, written by the filters
 * every response goes through; a kept page adds only how it may be cached and revalidated. Pages are kept in a
 * {@link Caches} cache: at most {@link #CAPACITY}, the least used going first, and none kept a day unused.
 */
final class CachedPages {

    static final int CAPACITY = 2_000;
    private static final String SESSION_COOKIE = "HEADSUP_SESSION";

    /** A rendered page, with its ETag. */
    record Entry(long editionId, byte[] bytes, byte[] gzipped, String etag) {}

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
                && !hasSession(request);
    }

    private static boolean hasSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().equals(SESSION_COOKIE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Answers with a page: any cache (a browser, a reverse proxy or CDN) may keep it but must revalidate it each time
     * with its ETag ({@code 304 Not Modified} when unchanged); it differs by compression and by whether a session
     * cookie came with the request.
     */
    static void serve(Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "public, no-cache");
        response.setHeader("Vary", "Accept-Encoding, Cookie");
        response.setHeader("ETag", entry.etag());
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(entry.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        String accept = request.getHeader("Accept-Encoding");
        byte[] body = entry.bytes();
        if (accept != null && accept.contains("gzip")) {
            response.setHeader("Content-Encoding", "gzip");
            body = entry.gzipped();
        }
        response.setContentLength(body.length);
        response.setBufferSize(Math.max(body.length, 8192)); // one write to the socket
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
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
