package uk.headsup.accounts.internal.signin;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.internal.Account;
import uk.headsup.accounts.internal.AccountRepository;
import uk.headsup.accounts.internal.AuditTrail;
import uk.headsup.accounts.internal.Clients;
import uk.headsup.accounts.internal.CurrentUsers;

/**
 * Records sign-ins and failed sign-ins in the audit trail, and counts wrong passwords per client and address for
 * the {@link PasswordThrottle} (which slows guessing down; no account is locked by them).
 */
@Component
class SignInEvents {

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final PasswordThrottle throttle;

    SignInEvents(AccountRepository accounts, AuditTrail audit, PasswordThrottle throttle) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        CurrentUsers.from(authentication).ifPresent(user -> {
            accounts.recordSignIn(
                    user.email(), user.name(), user.authorityStaff() ? Account.Kind.AUTHORITY : Account.Kind.SCHOOL);
            audit.record(user.email(), "Signed in", user.email(), method(authentication), Clients.current());
            if (authentication instanceof UsernamePasswordAuthenticationToken) {
                throttle.succeeded(Clients.current(), user.email());
            }
        });
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String who = attempt.getName() == null || attempt.getName().isBlank() ? "(unknown)" : attempt.getName();
        audit.record(
                who, "Sign-in failed", who, method(attempt) + ": " + reason(event.getException()), Clients.current());
        if (event instanceof AuthenticationFailureBadCredentialsEvent
                && attempt instanceof UsernamePasswordAuthenticationToken) {
            throttle.failed(Clients.current(), who);
        }
    }

    /** How someone signed in, as the audit trail says it: "with an emailed link". */
    static String method(Authentication authentication) {
        if (authentication instanceof UsernamePasswordAuthenticationToken) {
            return "with a password";
        }
        if (authentication instanceof OneTimeTokenAuthenticationToken
                || authentication instanceof OneTimeTokenAuthentication) {
            return "with an emailed link";
        }
        if (authentication instanceof OAuth2AuthenticationToken
                || authentication instanceof OAuth2LoginAuthenticationToken) {
            return "with the council's single sign-on";
        }
        if (authentication instanceof Passkeys.PasskeyAuthentication
                || authentication.getClass().getSimpleName().startsWith("WebAuthn")) {
            return "with a passkey";
        }
        return "another way";
    }

    /** Why a sign-in failed, in words an administrator reads without knowing Spring Security. */
    static String reason(AuthenticationException failure) {
        if (failure instanceof LockedException) {
            return "the account is locked after too many wrong passwords";
        }
        if (failure instanceof DisabledException) {
            return "the account is deactivated";
        }
        if (failure instanceof InvalidOneTimeTokenException) {
            return "the link had expired or had been used already";
        }
        if (failure instanceof BadCredentialsException) {
            return "wrong email address or password";
        }
        if (failure instanceof UsernameNotFoundException) {
            return "no account with that email address";
        }
        return "the sign-in was refused";
    }
}
