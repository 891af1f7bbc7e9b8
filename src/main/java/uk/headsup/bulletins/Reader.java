package uk.headsup.bulletins;

import java.util.List;
import java.util.Set;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/**
 * Someone reading an edition, as articles are targeted: each role they hold, with the phase, district and
 * clusters of the school or setting where they hold it.
 *
 * @param posts one per role and organisation; a reader with none gets only articles for everyone
 */
public record Reader(List<Post> posts) {

    /**
     * One role at one school or setting.
     *
     * @param phase the organisation's phase, or null when it has none
     * @param district the organisation's district, or null when not known: then an article's districts do not
     *     rule the reader out (as when an editor previews "as a SENCo of a primary school")
     * @param clusters the clusters the organisation belongs to, or null when not known (as for districts)
     */
    public record Post(OrganisationRole role, Phase phase, String district, Set<Long> clusters) {
        public Post {
            clusters = clusters == null ? null : Set.copyOf(clusters);
        }
    }

    public Reader {
        posts = List.copyOf(posts);
    }

    /** A reader seen only by role and phase, wherever they are: what "Preview as" shows. */
    public static Reader as(OrganisationRole role, Phase phase) {
        return new Reader(List.of(new Post(role, phase, null, null)));
    }
}
