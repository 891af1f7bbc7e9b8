package uk.headsup.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import uk.headsup.platform.KeptPage;
import uk.headsup.platform.PublicPages;

/**
 * The requests a visitor's page answers whoever asks: GET or HEAD, without a session cookie, of a path a module lists
 * as one of its {@link PublicPages#visitorPagePatterns() visitor pages} (typically kept in a page cache, {@link
 * KeptPage}). They take the light security filter chain ({@code SecurityConfiguration.visitorPages}) and are not timed
 * one by one (their caches' hits are counted instead, {@code platform.Caches}).
 *
 * <p>Asked twice of every request (by the observation predicate and by Spring Security), so it answers most requests
 * from the first characters of their path: only a path starting as one of the patterns does is parsed and matched
 * (as Spring Security's {@code PathPatternRequestMatcher} would, with the same parser; parsing every request's path
 * there was a fifteenth of a kept page's CPU).
 */
final class VisitorPageRequests implements RequestMatcher {

    private final List<PathPattern> patterns;
    /** What each pattern's paths start with: its text up to its first variable or wildcard. */
    private final String[] prefixes;

    VisitorPageRequests(Stream<PublicPages> modules) {
        List<String> texts = modules.flatMap(VisitorPageRequests::patterns).toList();
        this.patterns =
                texts.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.prefixes =
                texts.stream().map(VisitorPageRequests::literalStart).distinct().toArray(String[]::new);
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (!startsAsAPattern(uri, context.length())) {
            return false;
        }
        RequestPath path = RequestPath.parse(uri, context);
        boolean page = false;
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path.pathWithinApplication())) {
                page = true;
                break;
            }
        }
        return page && !KeptPage.withSession(request);
    }

    private boolean startsAsAPattern(String uri, int from) {
        for (String prefix : prefixes) {
            if (uri.startsWith(prefix, from)) {
                return true;
            }
        }
        return false;
    }

    private static String literalStart(String pattern) {
        int end = pattern.length();
        for (char c : new char[] {'{', '*', '?'}) {
            int i = pattern.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return pattern.substring(0, end);
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
