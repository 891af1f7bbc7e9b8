package uk.headsup.accounts;

import java.util.List;

/**
 * Addresses a visitor may try on the sign-in page, offered by the demo county; none exist in production.
 *
 * @param password the demo password for authority staff, or null for people who sign in by emailed link
 */
public record SignInHint(String email, String who, String password) {

    /** Something that offers sign-in hints. */
    public interface Source {
        List<SignInHint> hints();
    }
}
