package uk.headsup.directory;

import java.util.Optional;

/** What other modules may ask of the directory. */
public interface Directory {

    /**
     * The person with this work email (case-insensitive) who currently holds at least one role at an open
     * school or setting, if there is one.
     */
    Optional<StaffMember> staffMember(String email);
}
