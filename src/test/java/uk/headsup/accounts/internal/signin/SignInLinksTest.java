package uk.headsup.accounts.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.headsup.accounts.internal.HashedOneTimeTokens;

class SignInLinksTest {

    @Test
    void onlyPlausibleAddressesAreSentLinks() {
        assertThat(SignInLinks.looksLikeEmail("head@school.sch.uk")).isTrue();
        assertThat(SignInLinks.looksLikeEmail("  head@school.sch.uk ")).isTrue();
        assertThat(SignInLinks.looksLikeEmail("head@school")).isFalse();
        assertThat(SignInLinks.looksLikeEmail("not an address")).isFalse();
        assertThat(SignInLinks.looksLikeEmail("a@b@c.uk")).isFalse();
        assertThat(SignInLinks.looksLikeEmail(null)).isFalse();
        assertThat(SignInLinks.looksLikeEmail("x".repeat(250) + "@s.uk")).isFalse();
    }

    @Test
    void tokensAreHashedWithSha256() {
        assertThat(HashedOneTimeTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
