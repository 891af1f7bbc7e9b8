package uk.headsup.safeguarding.internal.returns.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.headsup.safeguarding.internal.returns.SignOffs;

class SignOffPageTest {

    @Test
    void aValidLinkAsksForConfirmation() {
        SignOffPage page = SignOffPage.of(SignOffs.Check.VALID);
        assertThat(page.confirm()).isTrue();
        assertThat(page.linkFails()).isFalse();
    }

    @Test
    void aUsedOrExpiredLinkSaysSoAndOffersANewOne() {
        SignOffPage used = SignOffPage.of(SignOffs.Check.USED);
        SignOffPage expired = SignOffPage.of(SignOffs.Check.EXPIRED);
        assertThat(used.linkFails()).isTrue();
        assertThat(used.failure()).isEqualTo("This link has already been used");
        assertThat(used.mayAskForANewLink()).isTrue();
        assertThat(expired.expired()).isTrue();
        assertThat(expired.failure()).isEqualTo("This link has expired");
        assertThat(expired.mayAskForANewLink()).isTrue();
    }

    @Test
    void aLinkWeNeverSentOffersNoNewOne() {
        SignOffPage unknown = SignOffPage.of(SignOffs.Check.UNKNOWN);
        assertThat(unknown.unknown()).isTrue();
        assertThat(unknown.failure()).isEqualTo("This link is not valid");
        assertThat(unknown.mayAskForANewLink()).isFalse();
    }

    @Test
    void askingForANewLinkSaysWhetherOneWasSent() {
        assertThat(SignOffPage.renewal(true).renewed()).isTrue();
        assertThat(SignOffPage.renewal(false).notRenewed()).isTrue();
        assertThat(SignOffPage.SIGNED.linkFails()).isFalse();
    }
}
