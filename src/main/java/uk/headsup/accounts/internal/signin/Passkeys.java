package uk.headsup.accounts.internal.signin;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import uk.headsup.accounts.internal.HeadsUpPrincipal;

/**
 * Signs authority staff in with a passkey. Spring Security verifies the passkey; the signed-in principal is then
 * the same {@link HeadsUpPrincipal} as after a password, and a locked account stays locked.
 */
public final class Passkeys implements AuthenticationProvider {

    private final WebAuthnAuthenticationProvider webAuthn;
    private final StaffDetails staff;

    public Passkeys(WebAuthnRelyingPartyOperations relyingParty, StaffDetails staff) {
        this.webAuthn = new WebAuthnAuthenticationProvider(relyingParty, staff);
        this.staff = staff;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        Authentication verified = webAuthn.authenticate(request);
        HeadsUpPrincipal principal = (HeadsUpPrincipal) staff.loadUserByUsername(verified.getName());
        if (!principal.isAccountNonLocked()) {
            throw new LockedException("Account locked");
        }
        if (!principal.isEnabled()) {
            throw new DisabledException("Account deactivated");
        }
        principal.eraseCredentials();
        return new PasskeyAuthentication(principal);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }

    /** A sign-in with a passkey. */
    static final class PasskeyAuthentication extends AbstractAuthenticationToken {
        private final HeadsUpPrincipal principal;

        PasskeyAuthentication(HeadsUpPrincipal principal) {
            super(principal.getAuthorities());
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
