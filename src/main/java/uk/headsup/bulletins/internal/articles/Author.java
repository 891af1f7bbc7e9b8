package uk.headsup.bulletins.internal.articles;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import uk.headsup.accounts.SignedInUser;

/** Who is working on the bulletins: their email (as stored against their work) and their name. */
public record Author(String email, String name, boolean editor, boolean publisher) {

    /** The signed-in member of staff, named as the page's model has them (by their email if it does not). */
    public static Author of(Authentication authentication, Model model) {
        SignedInUser user = (SignedInUser) model.getAttribute("currentUser");
        return new Author(
                authentication.getName(),
                user == null ? authentication.getName() : user.name(),
                has(authentication, "ROLE_EDITOR"),
                has(authentication, "ROLE_PUBLISHER"));
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(authority));
    }

    /** "Tom Whitaker (tom.whitaker@elmshire.example)", for versions. */
    public String signature() {
        return name + " (" + email + ")";
    }
}
