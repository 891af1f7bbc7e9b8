package uk.headsup.accounts.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.accounts.AuthorityRole;

/** OpenID Connect (here shaped like Microsoft Entra ID) is switched on by configuration alone. */
@SpringBootTest(
        properties = {
            "headsup.data-dir=target/test-data/${random.uuid}",
            "spring.security.oauth2.client.registration.entra.client-id=heads-up",
            "spring.security.oauth2.client.registration.entra.client-secret=not-a-real-secret",
            "spring.security.oauth2.client.registration.entra.client-name=Microsoft",
            "spring.security.oauth2.client.registration.entra.scope=openid,email,profile",
            "spring.security.oauth2.client.registration.entra.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.entra.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.entra.authorization-uri=https://login.example/tenant/oauth2/v2.0/authorize",
            "spring.security.oauth2.client.provider.entra.token-uri=https://login.example/tenant/oauth2/v2.0/token",
            "spring.security.oauth2.client.provider.entra.jwk-set-uri=https://login.example/tenant/discovery/v2.0/keys",
            "spring.security.oauth2.client.provider.entra.user-name-attribute=sub"
        })
@AutoConfigureMockMvc
class OpenIdConnectIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    OidcAccounts oidcAccounts;

    @Autowired
    ClientRegistrationRepository registrations;

    @Test
    void theSignInPageOffersSingleSignOnThatGoesToTheIdentityProvider() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/entra\"")))
                .andExpect(content().string(containsString("Sign in with Microsoft")));
        mvc.perform(get("/oauth2/authorization/entra"))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        header().string("Location", startsWith("https://login.example/tenant/oauth2/v2.0/authorize?")))
                .andExpect(header().string("Location", containsString("client_id=heads-up")))
                .andExpect(header().string("Location", containsString("scope=openid%20email%20profile")));
    }

    @Test
    void anIdentityWithAHeadsUpAccountSignsInWithItsRoles() {
        OidcUser user = oidcAccounts.loadUser(request("Priya.Shah@elmshire.example"));
        assertThat(user).isInstanceOf(OidcAccounts.AuthorityOidcUser.class);
        assertThat(((OidcAccounts.AuthorityOidcUser) user).user().authorityRoles())
                .containsExactlyInAnyOrder(AuthorityRole.ADMIN, AuthorityRole.PUBLISHER);
        assertThat(user.getName()).isEqualTo("priya.shah@elmshire.example");
    }

    @Test
    void anIdentityWithoutAnAccountIsTurnedAway() {
        assertThatThrownBy(() -> oidcAccounts.loadUser(request("stranger@elmshire.example")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("No Heads Up account for stranger@elmshire.example");
        assertThatThrownBy(() -> oidcAccounts.loadUser(request("amara.abbott@northbrook-primary.sch.example")))
                .as("school staff use emailed links, not the council's identity provider")
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private OidcUserRequest request(String email) {
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken(
                "id-token",
                now,
                now.plusSeconds(300),
                Map.of(
                        "sub",
                        "subject-" + email,
                        "email",
                        email,
                        "iss",
                        "https://login.example/tenant/v2.0",
                        "aud",
                        "heads-up"));
        OAuth2AccessToken accessToken = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                "access-token",
                now,
                now.plusSeconds(300),
                java.util.Set.of("openid", "email"));
        return new OidcUserRequest(registrations.findByRegistrationId("entra"), accessToken, idToken);
    }
}
