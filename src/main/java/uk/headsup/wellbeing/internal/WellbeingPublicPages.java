package uk.headsup.wellbeing.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.platform.PublicPages;

/** The support page (its direct-access offers) and its privacy notice work without signing in. */
@Component
class WellbeingPublicPages implements PublicPages {

    @Override
    public List<String> publicPatterns() {
        return List.of("/wellbeing", "/wellbeing/privacy");
    }
}
