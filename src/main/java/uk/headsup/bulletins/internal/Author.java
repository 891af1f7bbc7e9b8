package uk.headsup.bulletins.internal;

import org.springframework.security.core.Authentication;
import uk.headsup.accounts.SignedInUser;

/** Who is working on the bulletins: their email (as stored against their work) and their name. */
record Author(String email, String name, boolean editor, boolean publisher) {

    static Author of(SignedInUser user, Authentication authentication) {
        return new Author(
                user.email(), user.name(), has(authentication, "ROLE_EDITOR"), has(authentication, "ROLE_PUBLISHER"));
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(authority));
    }

    /** "Tom Whitaker (tom.whitaker@elmshire.example)", for versions. */
    String signature() {
        return name + " (" + email + ")";
    }
}
