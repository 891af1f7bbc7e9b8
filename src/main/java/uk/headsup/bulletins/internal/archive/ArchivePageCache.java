package uk.headsup.bulletins.internal.archive;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;
import uk.headsup.bulletins.internal.series.SeriesRevised;
import uk.headsup.platform.Caches;
import uk.headsup.platform.KeptPage;

/**
 * Serves published edition and article pages of public archives to visitors who are not signed in (no session
 * cookie) straight from memory, after Spring Security (whose rules and headers apply to them as to any page) and
 * before Spring MVC: a published edition does not change except by a correction, so it is rendered once and its
 * bytes (and their gzip) are kept. Such responses carry the same headers as any other page, written in the same
 * place (the one Content-Security-Policy, the security headers), plus an ETag and {@code Cache-Control: public,
 * no-cache}, so that a reverse proxy or CDN may keep them too (see docs/operations.md).
 *
 * <p>Anything else falls through to the normal path: signed-in readers (their pages show navigation and what is
 * for them), signed-in-only series, query strings, other methods. Entries go when an edition is corrected (at once
 * on this node; every few seconds on other nodes, which poll the editions' revision time), when a series' visibility
 * changes (its pages go before the change commits, and again after), or when the cache is full (the least recently
 * used first).
 */
@Component
class ArchivePageCache {

    private static final Logger log = LoggerFactory.getLogger(ArchivePageCache.class);
    private static final Pattern PAGE = Pattern.compile("^/bulletins/([a-z0-9-]+)/([0-9]{1,9})(?:/([a-z0-9-]+))?$");

    private final CachedPages cached;
    private final ArchivePages pages;
    private final SeriesCatalogue series;
    private final PublishedArchive archive;
    private volatile Instant polledAt;

    ArchivePageCache(ArchivePages pages, SeriesCatalogue series, PublishedArchive archive, Caches caches) {
        this.cached = new CachedPages(caches);
        this.pages = pages;
        this.series = series;
        this.archive = archive;
    }

    /**
     * The filter itself, registered just after Spring Security's (see {@link ArchiveConfiguration}): separate from
     * the cache, whose listener methods may be proxied.
     */
    final class Filter extends OncePerRequestFilter {
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return ArchivePageCache.this.shouldNotFilter(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ArchivePageCache.this.doFilterInternal(request, response, chain);
        }
    }

    boolean shouldNotFilter(HttpServletRequest request) {
        return !CachedPages.mayAnswer(request);
    }

    void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (serveCached(request, response)) {
            return;
        }
        CachedPages.Entry entry = render(request.getRequestURI()).orElse(null);
        if (entry == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPages.serve(entry, request, response);
    }

    /** Serves the page from memory if it is there; false if not (nothing is written then). */
    boolean serveCached(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CachedPages.Entry entry = cached.take(request.getRequestURI());
        if (entry == null) {
            return false;
        }
        CachedPages.serve(entry, request, response);
        return true;
    }

    /** Renders a page of a public archive, keeps it and returns it; empty for anything else. */
    private Optional<CachedPages.Entry> render(String path) {
        Matcher m = PAGE.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = m.group(1);
        if (series.byKey(key).filter(Series::publicArchive).isEmpty()) {
            return Optional.empty();
        }
        Instant started = archive.databaseNow();
        return pages.page(key, Integer.parseInt(m.group(2)), m.group(3)).map(page -> {
            String html = pages.renderForVisitors(page, path);
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            CachedPages.Entry entry =
                    new CachedPages.Entry(page.edition().id(), KeptPage.of(bytes, "text/html;charset=UTF-8"));
            // A correction committed while this page was rendered would be missed: keep it only if none was. A page
            // with an event card shows places left as they are now: rendered for each visitor, never kept.
            if (page.live() || archive.revisedSince(started).contains(entry.editionId())) {
                return entry;
            }
            cached.put(path, entry);
            return entry;
        });
    }

    void evict(long editionId) {
        cached.evict(editionId);
    }

    void clear() {
        cached.clear();
    }

    int size() {
        return cached.size();
    }

    @TransactionalEventListener
    void on(EditionRevised revised) {
        evict(revised.editionId());
    }

    /**
     * A series' visibility (or anything else about it) changed: its pages go before the change commits, so that no
     * visitor is answered from a page of a series that is no longer public once it is; and again after, in case a
     * visitor's request rendered one from the old state in between.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void beforeCommit(SeriesRevised revised) {
        cached.evictSeries(revised.seriesKey());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(SeriesRevised revised) {
        cached.evictSeries(revised.seriesKey());
    }

    boolean contains(String path) {
        return cached.contains(path);
    }

    /** Other nodes' corrections (and changes of a series' visibility): evicts editions revised since the last poll. */
    @Scheduled(fixedDelayString = "${headsup.bulletins.cache-poll:5s}")
    void pollRevisions() {
        if (cached.isEmpty()) {
            polledAt = null;
            return;
        }
        Instant now = archive.databaseNow();
        Instant since = polledAt == null ? now.minus(Duration.ofMinutes(1)) : polledAt.minusSeconds(2);
        for (Long id : archive.revisedSince(since)) {
            evict(id);
        }
        polledAt = now;
    }
}
