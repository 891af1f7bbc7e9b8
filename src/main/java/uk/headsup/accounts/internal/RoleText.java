package uk.headsup.accounts.internal;

import java.util.Collection;
import java.util.stream.Collectors;
import uk.headsup.accounts.AuthorityRole;

final class RoleText {
    private RoleText() {}

    static String of(Collection<AuthorityRole> roles) {
        return roles.isEmpty()
                ? "none"
                : roles.stream().map(AuthorityRole::label).sorted().collect(Collectors.joining(", "));
    }
}
