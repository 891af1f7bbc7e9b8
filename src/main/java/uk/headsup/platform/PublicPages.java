package uk.headsup.platform;

import java.util.List;

/**
 * Paths a module lets anyone GET without signing in, such as the public bulletin archive. The module's own
 * controllers still decide, page by page, what a visitor who is not signed in may see.
 */
public interface PublicPages {

    /** Ant-style path patterns, such as {@code /bulletins/**}. */
    List<String> publicPatterns();

    /**
     * Paths anyone may POST to without signing in, such as the form behind an emailed single-use link; still
     * CSRF protected. None unless a module says so.
     */
    default List<String> publicPostPatterns() {
        return List.of();
    }

    /**
     * Of {@link #publicPatterns()}, the pages (path patterns, such as {@code /recognition/register}) whose answer to
     * a GET without a session cookie depends on nothing about who asks, typically kept in a page cache ({@link
     * KeptPage}): such requests take a lighter security filter chain (no session, no CSRF token, the same security
     * headers, {@link SecurityHeaders}). None unless a module says so.
     */
    default List<String> visitorPagePatterns() {
        return List.of();
    }
}
