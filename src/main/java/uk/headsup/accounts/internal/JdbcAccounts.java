package uk.headsup.accounts.internal;

import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.Accounts;
import uk.headsup.accounts.AuthorityRole;

@Service
class JdbcAccounts implements Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;

    JdbcAccounts(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public boolean hasAuthorityAccount(String email) {
        return accounts.findByEmail(email)
                .filter(a -> a.kind() == Account.Kind.AUTHORITY)
                .isPresent();
    }

    @Override
    @Transactional
    public void createAuthorityAccount(String email, String name, Set<AuthorityRole> roles, String password) {
        long id = accounts.createAuthority(email, name, passwords.encode(password), false);
        accounts.setRoles(id, roles);
    }
}
