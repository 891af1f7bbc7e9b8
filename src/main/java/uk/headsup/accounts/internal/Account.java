package uk.headsup.accounts.internal;

import java.time.Instant;
import java.util.Set;
import uk.headsup.accounts.AuthorityRole;

/** A stored account; school staff accounts have no password and no authority roles. */
record Account(
        long id,
        String email,
        String displayName,
        Kind kind,
        String passwordHash,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil,
        Instant lastSignedInAt,
        Set<AuthorityRole> roles) {

    enum Kind {
        AUTHORITY,
        SCHOOL
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
