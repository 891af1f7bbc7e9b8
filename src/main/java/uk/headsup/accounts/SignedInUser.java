package uk.headsup.accounts;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import uk.headsup.directory.OrganisationRole;

/**
 * The person behind the current request, as other modules see them.
 *
 * @param authorityRoles for authority staff, what they may do
 * @param organisationRoles for school and setting staff, their roles, from the directory
 * @param organisations for school and setting staff, where they hold those roles
 */
public record SignedInUser(
        String email,
        String name,
        boolean authorityStaff,
        Set<AuthorityRole> authorityRoles,
        Set<OrganisationRole> organisationRoles,
        List<Organisation> organisations)
        implements Serializable {

    public record Organisation(long id, String name) implements Serializable {}

    public boolean has(AuthorityRole role) {
        return authorityRoles.contains(role);
    }
}
