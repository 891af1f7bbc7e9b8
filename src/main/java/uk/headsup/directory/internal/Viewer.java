package uk.headsup.directory.internal;

import java.util.List;

/**
 * Who is looking at a directory page, as far as the directory is concerned: authority staff see everything
 * (administrators may change it); school and setting staff see the people of the places where they hold a role
 * today, and the authority contacts.
 */
public record Viewer(String email, boolean authorityStaff, boolean admin, List<Long> organisationIds) {

    public boolean maySeePeopleOf(long organisationId) {
        return authorityStaff || organisationIds.contains(organisationId);
    }
}
