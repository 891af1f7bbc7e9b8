package uk.headsup.bulletins.internal.archive.web;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.platform.PublicPages;

/** The archive is for anyone where its series is public: its controllers check each page. */
@Component
class BulletinsPublicPages implements PublicPages {

    @Override
    public List<String> publicPatterns() {
        return List.of("/bulletins", "/bulletins/search", "/bulletins/*", "/bulletins/*/*", "/bulletins/*/*/*");
    }
}
