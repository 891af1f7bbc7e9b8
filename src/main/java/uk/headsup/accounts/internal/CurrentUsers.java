package uk.headsup.accounts.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.headsup.accounts.SignedInUser;

/** The signed-in user of an authentication, whichever way they signed in. */
final class CurrentUsers {

    private CurrentUsers() {}

    static Optional<SignedInUser> from(Authentication authentication) {
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

    static Optional<SignedInUser> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }
}
