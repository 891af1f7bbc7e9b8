package uk.headsup.recognition.internal.register.web;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.headsup.platform.Caches;
import uk.headsup.recognition.internal.awards.Awards;

/**
 * Keeps the public register's pages, as rendered for visitors who are not signed in (no session cookie), for each
 * filter: a parent's search of 3,000 awards by district and type is then one small query (has any award changed
 * since? {@link Awards#stamp()}, two index lookups) and a copy of bytes, instead of the register's query and a
 * Thymeleaf page. A page is kept with the day and the stamp it was rendered for; any new award or change to one
 * (consent, review, withdrawal, expiry) changes the stamp. The stamp itself is kept in memory for at most
 * {@link #STAMP_FOR} (most requests then touch no database at all), and dropped at once when this node commits a
 * change to an award: a visitor on this node never sees a stale register, one on another node for at most a second.
 * Registered just after Spring Security (its rules and headers apply as to any page, as issue 20 decided for the
 * bulletins' archive cache); see bench/recognition.sh.
 */
class RegisterPageCache extends OncePerRequestFilter {

    static final String PATH = "/recognition/register";
    private static final String SESSION_COOKIE = "HEADSUP_SESSION";

    /** How long the awards' stamp read from the database is trusted, unless this node changes an award. */
    static final Duration STAMP_FOR = Duration.ofSeconds(1);

    record Page(String day, String stamp, byte[] body, String contentType) {}

    /** The awards' stamp as read, with this node's count of changes then and when it was read (nanoTime). */
    private record Stamp(String value, long changesHere, long readAt) {}

    private volatile Stamp stamp;

    private final Awards awards;
    private final Cache<String, Page> pages;

    RegisterPageCache(Awards awards, Caches caches) {
        this.awards = awards;
        this.pages = caches.idle("recognition-register-pages", 2_000, Duration.ofMinutes(30));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getMethod().equals("GET") || !PATH.equals(request.getRequestURI()) || hasSession(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = Objects.requireNonNullElse(request.getQueryString(), "");
        String day = RegisterController.today().toString();
        String stamp = stamp();
        Page page = pages.getIfPresent(key);
        if (page != null && page.day().equals(day) && page.stamp().equals(stamp)) {
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        if (rendered.getStatus() == 200 && rendered.getContentType() != null) {
            pages.put(key, new Page(day, stamp, rendered.getContentAsByteArray(), rendered.getContentType()));
        }
        rendered.copyBodyToResponse();
    }

    /** The awards' stamp, read again after {@link #STAMP_FOR} or as soon as this node has committed a change. */
    String stamp() {
        Stamp kept = stamp;
        long now = System.nanoTime();
        long changes = awards.changesHere();
        if (kept == null || kept.changesHere() != changes || now - kept.readAt() >= STAMP_FOR.toNanos()) {
            kept = new Stamp(awards.stamp(), changes, now);
            stamp = kept;
        }
        return kept.value();
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
}
