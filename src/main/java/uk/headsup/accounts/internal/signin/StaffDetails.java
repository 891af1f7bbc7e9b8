package uk.headsup.accounts.internal.signin;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.accounts.internal.Account;
import uk.headsup.accounts.internal.AccountRepository;
import uk.headsup.accounts.internal.HeadsUpPrincipal;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.StaffMember;

/**
 * Loads users for sign-in. Authority staff come from their accounts (password, passkey, OpenID Connect);
 * school and setting staff come from the directory, whose current roles decide what they see.
 */
@Component
public class StaffDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final Directory directory;
    private final Clock clock;

    StaffDetails(AccountRepository accounts, Directory directory, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    /** Authority staff only: the user details behind password and passkey sign-in. */
    @Override
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(email)
                .filter(a -> a.kind() == Account.Kind.AUTHORITY)
                .orElseThrow(() -> new UsernameNotFoundException("No authority account"));
        return new HeadsUpPrincipal(
                authorityUser(account),
                account.passwordHash(),
                account.lockedAt(clock.instant()),
                account.mustChangePassword(),
                !account.deactivated());
    }

    static SignedInUser authorityUser(Account account) {
        return new SignedInUser(
                account.email(),
                account.displayName(),
                true,
                account.roles(),
                EnumSet.noneOf(OrganisationRole.class),
                List.of());
    }

    /** School and setting staff: the user details behind emailed sign-in links. */
    public UserDetailsService schoolStaff() {
        return email -> directory
                .staffMember(email)
                .filter(member -> accounts.findByEmail(member.email())
                        .filter(Account::deactivated)
                        .isEmpty())
                .map(StaffDetails::schoolUser)
                .map(user -> new HeadsUpPrincipal(user, null, false, false))
                .orElseThrow(() -> new UsernameNotFoundException("Not in the directory"));
    }

    static SignedInUser schoolUser(StaffMember member) {
        Map<Long, SignedInUser.Organisation> organisations = new LinkedHashMap<>();
        member.posts()
                .forEach(p -> organisations.putIfAbsent(
                        p.organisationId(), new SignedInUser.Organisation(p.organisationId(), p.organisationName())));
        EnumSet<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);
        roles.addAll(member.roles());
        return new SignedInUser(
                member.email(),
                member.name(),
                false,
                EnumSet.noneOf(AuthorityRole.class),
                roles,
                List.copyOf(organisations.values()));
    }
}
