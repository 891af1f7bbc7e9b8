package uk.headsup.accounts.internal.invitations;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.internal.Account;
import uk.headsup.accounts.internal.AccountRepository;
import uk.headsup.accounts.internal.AuditTrail;
import uk.headsup.accounts.internal.Clients;
import uk.headsup.accounts.internal.HashedOneTimeTokens;
import uk.headsup.accounts.internal.RoleText;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Authority;
import uk.headsup.platform.Site;

/**
 * Inviting authority staff: an account with roles but no password, and an emailed link (valid for a week,
 * usable once, stored hashed) with which the invitee chooses their password.
 */
@Service
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);
    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Mailer mailer;
    private final Site site;
    private final Authority authority;
    private final AuditTrail audit;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(
            JdbcClient jdbc,
            AccountRepository accounts,
            Mailer mailer,
            Site site,
            Authority authority,
            AuditTrail audit,
            PasswordEncoder passwords,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mailer = mailer;
        this.site = site;
        this.authority = authority;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    public record Pending(long accountId, String email, String name) {}

    @Transactional
    public void invite(String email, String name, Set<AuthorityRole> roles, String invitedBy, String invitedByName) {
        long id = accounts.createAuthority(email, name, null, false);
        accounts.setRoles(id, roles);
        String token = issue(id, invitedBy);
        mailer.send(new Email(
                "invitation",
                email,
                "You have been invited to " + authority.serviceName(),
                "accounts/email/invitation",
                Map.of(
                        "name", name,
                        "invitedBy", invitedByName,
                        "link", site.link("/invitation?token=" + token),
                        "roles",
                                roles.stream()
                                        .map(AuthorityRole::label)
                                        .sorted()
                                        .toList(),
                        "days", VALIDITY.toDays())));
        audit.record(invitedBy, "Invited", email, "roles: " + RoleText.of(roles), Clients.current());
    }

    /** A new link to choose a password, for someone who forgot theirs or lost their invitation. */
    @Transactional
    public void sendPasswordLink(Account account, String sentBy, String sentByName) {
        String token = issue(account.id(), sentBy);
        mailer.send(new Email(
                "password-link",
                account.email(),
                "Choose a new password for " + authority.serviceName(),
                "accounts/email/password-link",
                Map.of(
                        "name", account.displayName(),
                        "sentBy", sentByName,
                        "link", site.link("/invitation?token=" + token),
                        "days", VALIDITY.toDays())));
        audit.record(sentBy, "Sent password link", account.email(), null, Clients.current());
    }

    private String issue(long accountId, String issuedBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into invitations (token_hash, account_id, invited_by, expires_at) values (:h, :a, :by, :exp)")
                .param("h", HashedOneTimeTokens.hash(token))
                .param("a", accountId)
                .param("by", issuedBy)
                .param("exp", Timestamp.from(clock.instant().plus(VALIDITY)))
                .update();
        return token;
    }

    @Transactional(readOnly = true)
    public Optional<Pending> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select a.id, a.email, a.display_name from invitations i join accounts a on a.id = i.account_id
                         where i.token_hash = :h and i.used_at is null and i.expires_at > :now
                        """)
                .param("h", HashedOneTimeTokens.hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Sets the invitee's password and spends the invitation; false if it was already spent or has expired. */
    @Transactional
    public boolean accept(String token, String password) {
        Instant now = clock.instant();
        Optional<Long> account = jdbc.sql("""
                        update invitations set used_at = :now
                         where token_hash = :h and used_at is null and expires_at > :now
                        returning account_id
                        """)
                .param("h", HashedOneTimeTokens.hash(token))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
        account.ifPresent(id -> {
            accounts.setPassword(id, passwords.encode(password));
            accounts.findById(id)
                    .ifPresent(a -> audit.record(a.email(), "Accepted invitation", a.email(), null, Clients.current()));
        });
        return account.isPresent();
    }
}
