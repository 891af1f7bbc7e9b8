package uk.headsup.directory;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person at a school or setting as the directory knows them today.
 *
 * @param posts their current roles at open organisations
 */
public record StaffMember(long personId, String name, String email, List<Post> posts) {

    /**
     * One current role at one organisation, with where that organisation stands (for targeting).
     *
     * @param phase the organisation's phase, or null if it has none
     * @param district the organisation's district, or null
     * @param clusters the ids of the clusters the organisation belongs to
     */
    public record Post(
            long organisationId,
            String organisationName,
            OrganisationRole role,
            Phase phase,
            String district,
            Set<Long> clusters) {

        public Post {
            clusters = clusters == null ? Set.of() : Set.copyOf(clusters);
        }

        public Post(long organisationId, String organisationName, OrganisationRole role) {
            this(organisationId, organisationName, role, null, null, Set.of());
        }
    }

    public Set<OrganisationRole> roles() {
        return posts.stream().map(Post::role).collect(Collectors.toSet());
    }
}
