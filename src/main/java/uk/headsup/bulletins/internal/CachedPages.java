package uk.headsup.bulletins.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * The rendered pages {@link ArchivePageCache} keeps, and how they are answered: a plain object, not a Spring bean, so
 * that Tomcat's valve reaches it without a proxy. Inside Tomcat the headers go out as bytes prepared once per page.
 */
final class CachedPages {

    static final int CAPACITY = 2_000;
    private static final String SESSION_COOKIE = "HEADSUP_SESSION";

    /** The security and caching headers every cached response carries, but the CSP, which is the page's own. */
    private static final List<String[]> HEADERS = List.of(
            new String[] {"X-Content-Type-Options", "nosniff"},
            new String[] {"X-Frame-Options", "DENY"},
            new String[] {"X-XSS-Protection", "0"},
            new String[] {"Referrer-Policy", "strict-origin-when-cross-origin"},
            new String[] {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"},
            new String[] {"Cache-Control", "public, no-cache"},
            new String[] {"Vary", "Accept-Encoding, Cookie"});

    private static final byte[][] HEADER_VALUES =
            HEADERS.stream().map(h -> h[1].getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final String HSTS = "max-age=31536000 ; includeSubDomains";

    /** A rendered page, with its CSP and ETag also as bytes. */
    record Entry(long editionId, byte[] bytes, byte[] gzipped, String etag, String csp, long[] lastUsed) {

        byte[] cspBytes() {
            return csp.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private record Kept(Entry entry, byte[] csp, byte[] etag) {}

    private final Map<String, Kept> entries = new ConcurrentHashMap<>();

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

    /** Answers from memory inside Tomcat if the page is kept; false if not (nothing is written then). */
    boolean answer(Request request, Response response) throws IOException {
        Kept kept = use(request.getRequestURI());
        if (kept == null) {
            return false;
        }
        Entry entry = kept.entry();
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        headers.addValue("Content-Security-Policy").setBytes(kept.csp(), 0, kept.csp().length);
        for (int i = 0; i < HEADER_VALUES.length; i++) {
            headers.addValue(HEADERS.get(i)[0]).setBytes(HEADER_VALUES[i], 0, HEADER_VALUES[i].length);
        }
        if (request.isSecure()) {
            headers.addValue("Strict-Transport-Security").setString(HSTS);
        }
        headers.addValue("ETag").setBytes(kept.etag(), 0, kept.etag().length);
        body(entry, request, response);
        return true;
    }

    /** Answers with a page through the servlet API (the filter's path, when a page has just been rendered). */
    static void serve(Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", entry.csp());
        for (String[] header : HEADERS) {
            response.setHeader(header[0], header[1]);
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setHeader("ETag", entry.etag());
        body(entry, request, response);
    }

    private static void body(Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
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

    /** The page kept for the path, marked as used now; null if none is. */
    Entry take(String path) {
        Kept kept = use(path);
        return kept == null ? null : kept.entry();
    }

    private Kept use(String path) {
        Kept kept = entries.get(path);
        if (kept != null) {
            kept.entry().lastUsed()[0] = System.nanoTime();
        }
        return kept;
    }

    void put(String path, Entry entry) {
        if (entries.size() >= CAPACITY) {
            evictLeastRecentlyUsed();
        }
        entries.put(path, new Kept(entry, entry.cspBytes(), entry.etag().getBytes(StandardCharsets.US_ASCII)));
    }

    private void evictLeastRecentlyUsed() {
        entries.entrySet().stream()
                .min((a, b) -> Long.compare(
                        a.getValue().entry().lastUsed()[0], b.getValue().entry().lastUsed()[0]))
                .ifPresent(oldest -> entries.remove(oldest.getKey()));
    }

    void evict(long editionId) {
        entries.values().removeIf(k -> k.entry().editionId() == editionId);
    }

    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }
}
