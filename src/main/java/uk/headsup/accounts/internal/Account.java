package uk.headsup.accounts.internal;

import java.time.Instant;
import java.util.Set;
import uk.headsup.accounts.AuthorityRole;

/** A stored account; school staff accounts have no password and no authority roles. */
public record Account(
        long id,
        String email,
        String displayName,
        Kind kind,
        String passwordHash,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil,
        Instant lastSignedInAt,
        Set<AuthorityRole> roles,
        Instant deactivatedAt) {

    public enum Kind {
        AUTHORITY,
        SCHOOL
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A leaver: signs in nowhere, while their history keeps naming them. */
    public boolean deactivated() {
        return deactivatedAt != null;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
