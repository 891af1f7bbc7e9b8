package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Someone guessing an officer's password gets five tries from their computer; then each further try waits, and the
 * page says so in the same words whether or not the address has an account. The account is not locked: its owner,
 * from their own computer, still signs in (issue 20, item 6; {@code SignInIT} shows the owner from another client).
 */
class PasswordLockoutJourneyIT extends BrowserJourney {

    static final String OFFICER_EMAIL = "daniel.price@elmshire.example";
    static final String OFFICER_PASSWORD = "heads-up-demo";

    @Test
    void fiveWrongPasswordsMakeTheGuesserWaitEvenWithTheRightOne(Journey journey) {
        Page browser = journey.newPerson();
        browser.navigate("/sign-in/password");
        assertThat(heading(browser)).hasText("Sign in with your password");
        journey.check(browser, "password-sign-in");
        Locator errors = browser.locator(".govuk-error-summary");

        for (int attempt = 1; attempt <= 5; attempt++) {
            signInWithPassword(browser, OFFICER_EMAIL, "wrong password " + attempt);
            assertThat(errors).containsText("Enter a correct email address and password");
            assertThat(browser.getByLabel("Email address")).hasValue(OFFICER_EMAIL);
            assertThat(browser).hasTitle(java.util.regex.Pattern.compile("^Error: Sign in with your password"));
            journey.check(browser, "wrong-password-" + attempt);
        }

        // The sixth try from this computer waits, even with the right password, and says until when.
        signInWithPassword(browser, OFFICER_EMAIL, OFFICER_PASSWORD);
        assertThat(errors).containsText("Too many wrong passwords were entered from your connection. Try again after");
        assertThat(errors).not().containsText("locked");
        assertThat(errors.getByRole(com.microsoft.playwright.options.AriaRole.LINK))
                .hasAttribute("href", "#email");
        assertThat(heading(browser)).hasText("Sign in with your password");
        journey.check(browser, "wait");
    }
}
