package uk.headsup.accounts.internal.administration;

import java.security.SecureRandom;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.internal.AccountRepository;
import uk.headsup.accounts.internal.AuditTrail;
import uk.headsup.platform.Site;

/**
 * Makes sure someone can administer a new installation: from {@code HEADSUP_ADMIN_EMAIL} and
 * {@code HEADSUP_ADMIN_PASSWORD} when given; otherwise with a one-time password printed once in the log,
 * which must be changed at first sign-in. Runs after loaders such as the demo county.
 */
@Component
class FirstAdministrator implements SmartLifecycle {

    /** After loaders such as the demo county (phase 0), before the web server takes requests. */
    static final int PHASE = 100;

    private volatile boolean done;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Site site;
    private final String email;
    private final String password;

    FirstAdministrator(
            AccountRepository accounts,
            PasswordEncoder passwords,
            AuditTrail audit,
            Site site,
            @Value("${headsup.admin.email:}") String email,
            @Value("${headsup.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.site = site;
        this.email = email;
        this.password = password;
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    @Transactional
    public void start() {
        done = true;
        if (!email.isBlank() && accounts.findByEmail(email).isPresent()) {
            return;
        }
        if (email.isBlank() && accounts.anyAdministrator()) {
            return;
        }
        String address = email.isBlank() ? "admin@" + site.baseUrl().getHost() : email.trim();
        boolean generated = password.isBlank();
        String secret = generated ? generate() : password;
        long id = accounts.createAuthority(address, "Administrator", passwords.encode(secret), generated);
        accounts.setRoles(id, EnumSet.of(AuthorityRole.ADMIN));
        audit.record(
                "system",
                "Created first administrator",
                address,
                generated ? "one-time password" : "from settings",
                null);
        if (generated) {
            log.warn("""

                    ==========================================================================
                    First administrator created. Sign in at {}/sign-in/password
                      email:              {}
                      one-time password:  {}
                    You will be asked to choose your own password. This is shown only once.
                    ==========================================================================""", site.baseUrl(), address, secret);
        } else {
            log.info("First administrator {} created from HEADSUP_ADMIN_EMAIL and HEADSUP_ADMIN_PASSWORD", address);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
