package uk.headsup.accounts.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.accounts.internal.signin.OidcAccounts;

/** The signed-in user of an authentication, whichever way they signed in. */
public final class CurrentUsers {

    private CurrentUsers() {}

    public static Optional<SignedInUser> from(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof HeadsUpPrincipal p) {
            return Optional.of(p.user());
        }
        if (principal instanceof OidcAccounts.AuthorityOidcUser o) {
            return Optional.of(o.user());
        }
        return Optional.empty();
    }

    public static Optional<SignedInUser> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }
}
