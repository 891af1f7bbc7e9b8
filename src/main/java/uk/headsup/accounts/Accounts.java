package uk.headsup.accounts;

import java.util.Set;

/** Creating authority staff accounts, for loaders such as the demo county. */
public interface Accounts {

    boolean hasAuthorityAccount(String email);

    /** Creates an authority staff account that signs in with this password. */
    void createAuthorityAccount(String email, String name, Set<AuthorityRole> roles, String password);
}
