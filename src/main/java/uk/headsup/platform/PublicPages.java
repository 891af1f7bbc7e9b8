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
}
