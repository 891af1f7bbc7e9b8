package uk.headsup.accounts;

import java.util.List;

/** Who holds an authority role today, for modules that tell the officers of a role about something. */
public interface RoleHolders {

    /** The active authority staff accounts with this role, by name. */
    List<Holder> holding(AuthorityRole role);

    record Holder(String name, String email) {}
}
