package uk.headsup.recognition.internal.register.web;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.headsup.platform.Caches;
import uk.headsup.platform.KeptPage;
import uk.headsup.recognition.internal.awards.AwardChanges;
import uk.headsup.recognition.internal.awards.Awards;

/**
 * Keeps the public register's pages, as rendered for visitors who are not signed in (no session cookie), for each
 * filter: a parent's search of 3,000 awards by district and type is then a copy of bytes worked out once (with their
 * gzip and an ETag, {@link KeptPage}), instead of the register's query and a Thymeleaf page; a browser or proxy that
 * holds the page already gets {@code 304 Not Modified}. A page is kept with the day and the awards' stamp it was
 * rendered for; any new award or change to one (consent, review, withdrawal, expiry) changes the stamp ({@link
 * Awards#stamp()}, two index lookups). The stamp and the day are kept in memory for at most {@link #STAMP_FOR} (most
 * requests then touch no database and open no transaction), and read anew at once when this node commits a change to
 * an award ({@link AwardChanges}): a visitor on this node never sees a stale register, one on another node for at
 * most a second. Registered just after Spring Security (its rules and headers apply as to any page, as issue 20
 * decided for the bulletins' archive cache); see bench/recognition.sh.
 */
class RegisterPageCache extends OncePerRequestFilter {

    static final String PATH = "/recognition/register";

    /** How long the awards' stamp read from the database is trusted, unless this node changes an award. */
    static final Duration STAMP_FOR = Duration.ofSeconds(1);

    record Page(String day, String stamp, KeptPage page) {}

    /** The awards' stamp and the day as read, with this node's count of changes then and when (nanoTime). */
    private record Stamp(String value, String day, long changesHere, long readAt) {}

    private volatile Stamp stamp;

    private final Awards awards;
    private final AwardChanges changes;
    private final Cache<String, Page> pages;

    RegisterPageCache(Awards awards, AwardChanges changes, Caches caches) {
        this.awards = awards;
        this.changes = changes;
        this.pages = caches.idle("recognition-register-pages", 2_000, Duration.ofMinutes(30));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getMethod().equals("GET")
                || !PATH.equals(request.getRequestURI())
                || KeptPage.withSession(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = Objects.requireNonNullElse(request.getQueryString(), "");
        Stamp now = stamp();
        Page page = pages.getIfPresent(key);
        if (page != null && page.day().equals(now.day()) && page.stamp().equals(now.value())) {
            page.page().serve(request, response);
            return;
        }
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        if (rendered.getStatus() == 200 && rendered.getContentType() != null) {
            KeptPage kept = KeptPage.of(rendered.getContentAsByteArray(), rendered.getContentType());
            pages.put(key, new Page(now.day(), now.value(), kept));
            kept.serve(request, response);
            return;
        }
        rendered.copyBodyToResponse();
    }

    /** The awards' stamp, read again after {@link #STAMP_FOR} or as soon as this node has committed a change. */
    private Stamp stamp() {
        Stamp kept = stamp;
        long now = System.nanoTime();
        long changed = changes.count();
        if (kept == null || kept.changesHere() != changed || now - kept.readAt() >= STAMP_FOR.toNanos()) {
            kept = new Stamp(awards.stamp(), RegisterController.today().toString(), changed, now);
            stamp = kept;
        }
        return kept;
    }
}
