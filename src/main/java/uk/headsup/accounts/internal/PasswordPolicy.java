package uk.headsup.accounts.internal;

import java.util.Optional;

/** What makes an acceptable password: long enough to resist guessing, in the NCSC's spirit; no composition rules. */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** Why the password is not acceptable, if it is not. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.isBlank()) {
            return Optional.of("Enter a new password");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        if (email != null && password.trim().equalsIgnoreCase(email.trim())) {
            return Optional.of("Password must not be your email address");
        }
        return Optional.empty();
    }
}
