package uk.headsup.accounts.internal;

import java.util.Collection;
import java.util.stream.Collectors;
import uk.headsup.accounts.AuthorityRole;

public final class RoleText {
    private RoleText() {}

    public static String of(Collection<AuthorityRole> roles) {
        return roles.isEmpty()
                ? "none"
                : roles.stream().map(AuthorityRole::label).sorted().collect(Collectors.joining(", "));
    }
}
