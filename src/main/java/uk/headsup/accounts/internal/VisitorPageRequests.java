package uk.headsup.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.headsup.platform.KeptPage;
import uk.headsup.platform.PublicPages;

/**
 * The requests a visitor's page answers whoever asks: GET or HEAD, without a session cookie, of a path a module lists
 * as one of its {@link PublicPages#visitorPagePatterns() visitor pages} (typically kept in a page cache, {@link
 * KeptPage}). They take the light security filter chain ({@code SecurityConfiguration.visitorPages}) and are not timed
 * one by one (their caches' hits are counted instead, {@code platform.Caches}).
 */
final class VisitorPageRequests implements RequestMatcher {

    private final List<RequestMatcher> paths;

    VisitorPageRequests(Stream<PublicPages> modules) {
        this.paths = modules.flatMap(VisitorPageRequests::patterns)
                .<RequestMatcher>map(
                        p -> PathPatternRequestMatcher.withDefaults().matcher(p))
                .toList();
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        boolean path = false;
        for (RequestMatcher p : paths) {
            if (p.matches(request)) {
                path = true;
                break;
            }
        }
        return path && !KeptPage.withSession(request);
    }

    /** A module's visitor pages, each of which must be one of its public pages: the light chain lets anyone in. */
    private static Stream<String> patterns(PublicPages pages) {
        for (String pattern : pages.visitorPagePatterns()) {
            if (!pages.publicPatterns().contains(pattern)) {
                throw new IllegalStateException(pages.getClass().getName() + " lists " + pattern
                        + " as a visitor page, but not among its public pages");
            }
        }
        return pages.visitorPagePatterns().stream();
    }
}
