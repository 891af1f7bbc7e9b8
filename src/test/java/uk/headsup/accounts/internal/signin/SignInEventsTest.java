package uk.headsup.accounts.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

/** The audit trail says how someone signed in, and why a sign-in failed, in plain English. */
class SignInEventsTest {

    @Test
    void anEmailedLinkIsCalledThatBeforeAndAfterItIsChecked() {
        // Spring Security hands the listener the authenticated OneTimeTokenAuthentication, not the token it checked.
        assertThat(SignInEvents.method(new OneTimeTokenAuthentication("amira.khan@hollins.example", List.of())))
                .isEqualTo("with an emailed link");
        assertThat(SignInEvents.method(new OneTimeTokenAuthenticationToken("a-token")))
                .isEqualTo("with an emailed link");
        assertThat(SignInEvents.method(new UsernamePasswordAuthenticationToken("priya", "secret")))
                .isEqualTo("with a password");
    }

    @Test
    void failuresAreExplainedNotNamedByException() {
        assertThat(SignInEvents.reason(new BadCredentialsException("Bad credentials")))
                .isEqualTo("wrong email address or password");
        assertThat(SignInEvents.reason(new LockedException("User account is locked")))
                .isEqualTo("the account is locked after too many wrong passwords");
        assertThat(SignInEvents.reason(new InvalidOneTimeTokenException("Invalid token")))
                .isEqualTo("the link had expired or had been used already");
    }
}
