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

    /** One current role at one organisation. */
    public record Post(long organisationId, String organisationName, OrganisationRole role) {}

    public Set<OrganisationRole> roles() {
        return posts.stream().map(Post::role).collect(Collectors.toSet());
    }
}
