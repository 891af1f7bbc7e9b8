package uk.headsup.bulletins.internal.editions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.headsup.bulletins.Reader;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/**
 * The reader an editor previews an edition as: a role at a school or setting of a phase, and optionally in a
 * district (without one, an article's districts do not rule them out).
 */
public record PreviewReader(OrganisationRole role, Phase phase, String district) {

    /** The reader chosen on the preview form, or null until both a role and a phase are chosen (or either is unknown). */
    public static PreviewReader of(String role, String phase, String district) {
        if (role.isBlank() || phase.isBlank()) {
            return null;
        }
        try {
            return new PreviewReader(
                    OrganisationRole.valueOf(role), Phase.valueOf(phase), district.isBlank() ? null : district.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public Reader reader() {
        return new Reader(List.of(new Reader.Post(role, phase, district, null)));
    }

    /** "SENCo at a secondary school or setting in Elmford". */
    public String label() {
        return role.label() + " at a " + phase.label().toLowerCase() + " school or setting"
                + (district == null ? "" : " in " + district);
    }

    /** The form's query string, to come back to this reader. */
    public String query() {
        return "role=" + role.name() + "&phase=" + phase.name()
                + (district == null ? "" : "&district=" + URLEncoder.encode(district, StandardCharsets.UTF_8));
    }
}
