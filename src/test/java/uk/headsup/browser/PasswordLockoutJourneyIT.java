package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Someone guessing an officer's password gets five tries; then the account locks for a while. */
class PasswordLockoutJourneyIT extends BrowserJourney {

    // Not an account other journeys sign in with (no journey of the schemes officer yet): it stays locked for the
    // rest of the run.
    static final String OFFICER_EMAIL = "daniel.price@elmshire.example";
    static final String OFFICER_PASSWORD = "heads-up-demo";

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne(Journey journey) {
        Page browser = journey.newPerson();
        browser.navigate("/sign-in/password");
        assertThat(heading(browser)).hasText("Sign in with your password");
        journey.check(browser, "password-sign-in");
        Locator errors = browser.locator(".govuk-error-summary");

        for (int attempt = 1; attempt <= 4; attempt++) {
            signInWithPassword(browser, OFFICER_EMAIL, "wrong password " + attempt);
            assertThat(errors).containsText("Enter a correct email address and password");
            assertThat(browser.getByLabel("Email address")).hasValue(OFFICER_EMAIL);
            assertThat(browser).hasTitle(java.util.regex.Pattern.compile("^Error: Sign in with your password"));
            journey.check(browser, "wrong-password-" + attempt);
        }

        // The fifth wrong password locks the account, and says so at once.
        signInWithPassword(browser, OFFICER_EMAIL, "wrong password 5");
        assertThat(errors).containsText("Your account is locked because the wrong password was entered 5 times");
        assertThat(errors.getByRole(com.microsoft.playwright.options.AriaRole.LINK))
                .hasAttribute("href", "#email");
        journey.check(browser, "wrong-password-5-locks");

        signInWithPassword(browser, OFFICER_EMAIL, OFFICER_PASSWORD);
        assertThat(errors).containsText("Your account is locked because the wrong password was entered 5 times");
        assertThat(errors).containsText("ask an administrator to unlock it");
        assertThat(heading(browser)).hasText("Sign in with your password");
        journey.check(browser, "locked");
    }
}
