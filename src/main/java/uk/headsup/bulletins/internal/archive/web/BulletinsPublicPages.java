package uk.headsup.bulletins.internal.archive.web;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.platform.PublicPages;

/** The archive is for anyone where its series is public: its controllers check each page. */
@Component
class BulletinsPublicPages implements PublicPages {

    /** A series' key in a path, but not the editors' pages that share the archive's prefix. */
    private static final String SERIES =
            "{series:(?!(?:series|articles|editions|attachments|attention|search)$)[a-z0-9-]+}";

    /** A published edition and one of its articles: what the archive's page cache keeps for visitors. */
    private static final List<String> PAGES = List.of(
            "/bulletins/" + SERIES + "/{number:[0-9]{1,9}}",
            "/bulletins/" + SERIES + "/{number:[0-9]{1,9}}/{article:[a-z0-9-]+}");

    @Override
    public List<String> publicPatterns() {
        return List.of(
                "/bulletins",
                "/bulletins/search",
                "/bulletins/*",
                "/bulletins/*/*",
                "/bulletins/*/*/*",
                PAGES.get(0),
                PAGES.get(1));
    }

    /**
     * Published editions and their articles, which a visitor without a session gets from the archive's page cache
     * ({@code ArchivePageCache}) whoever they are: they take the light chain for visitors' pages. A series for
     * signed-in readers only still sends the visitor to sign in and back.
     */
    @Override
    public List<String> visitorPagePatterns() {
        return PAGES;
    }
}
