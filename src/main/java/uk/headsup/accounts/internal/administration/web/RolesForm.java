package uk.headsup.accounts.internal.administration.web;

import java.util.Collection;
import java.util.List;
import uk.headsup.accounts.AuthorityRole;

/**
 * The roles to give a member of staff, as ticked (the names of {@link AuthorityRole}s; none ticked sends nothing);
 * {@link RolesFormValidator} checks them.
 */
record RolesForm(List<String> roles) {

    RolesForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The form as first shown: the roles the account has. */
    static RolesForm of(Collection<AuthorityRole> roles) {
        return new RolesForm(roles.stream().map(AuthorityRole::name).toList());
    }
}
