package uk.headsup.accounts.internal.signin;

import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.accounts.internal.Account;
import uk.headsup.accounts.internal.AccountRepository;
import uk.headsup.accounts.internal.HeadsUpPrincipal;

/**
 * OpenID Connect sign-in (for example Microsoft Entra ID) for authority staff who already have an account:
 * the identity provider proves the email address; the roles come from Heads Up.
 */
@Component
public class OidcAccounts extends OidcUserService {

    private final AccountRepository accounts;

    OidcAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = super.loadUser(request);
        String email = Stream.of(identity.getEmail(), identity.getPreferredUsername(), identity.getClaimAsString("upn"))
                .filter(Objects::nonNull)
                .filter(SignInLinks::looksLikeEmail)
                .findFirst()
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("no_email"), "No email address in the identity token"));
        Account account = accounts.findByEmail(email)
                .filter(a -> a.kind() == Account.Kind.AUTHORITY && !a.deactivated())
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("no_account"), "No Heads Up account for " + email));
        return new AuthorityOidcUser(identity, StaffDetails.authorityUser(account));
    }

    /** An OpenID Connect identity carrying the Heads Up user it belongs to. */
    public static final class AuthorityOidcUser extends DefaultOidcUser {
        private final SignedInUser user;

        AuthorityOidcUser(OidcUser identity, SignedInUser user) {
            super(HeadsUpPrincipal.authoritiesOf(user), identity.getIdToken(), identity.getUserInfo());
            this.user = user;
        }

        public SignedInUser user() {
            return user;
        }

        @Override
        public String getName() {
            return user.email();
        }
    }
}
