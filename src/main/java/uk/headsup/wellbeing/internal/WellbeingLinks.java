package uk.headsup.wellbeing.internal;

import org.springframework.stereotype.Component;
import uk.headsup.mailing.UntrackedLinks;
import uk.headsup.platform.Site;

/** Links to the wellbeing pages are never click-tracked per person, in bulletins, notices or anything else. */
@Component
class WellbeingLinks implements UntrackedLinks {

    private final String prefix;

    WellbeingLinks(Site site) {
        this.prefix = site.link("/wellbeing");
    }

    @Override
    public boolean untracked(String url) {
        return url.equals(prefix)
                || url.startsWith(prefix + "/")
                || url.startsWith(prefix + "?")
                || url.startsWith(prefix + "#")
                || url.startsWith("/wellbeing");
    }
}
