package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An officer sets up a passkey and signs in with it instead of a password. Chromium's virtual authenticator
 * (through the DevTools protocol) stands in for the laptop's fingerprint reader.
 */
class PasskeyJourneyIT extends BrowserJourney {

    static final String OFFICER_EMAIL = "grace.okafor@elmshire.example";
    static final String OFFICER_PASSWORD = "heads-up-demo";

    @Test
    void anOfficerAddsAPasskeyAndSignsInWithIt(Journey journey) {
        Page grace = journey.newPerson();
        addVirtualAuthenticator(grace);

        grace.navigate("/sign-in/password");
        journey.check(grace, "password-sign-in");
        signInWithPassword(grace, OFFICER_EMAIL, OFFICER_PASSWORD);
        assertThat(heading(grace)).hasText("Hello, Grace Okafor");
        journey.check(grace, "home");

        grace.navigate("/account");
        journey.check(grace, "account");
        grace.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage passkeys"))
                .click();
        assertThat(heading(grace)).hasText("Passkeys");
        assertThat(grace.locator("main")).containsText("You have no passkeys yet.");
        journey.check(grace, "no-passkeys");

        grace.getByLabel("Name for this passkey").fill("Work laptop");
        button(grace, "Add a passkey").click();
        assertThat(grace.locator("table")).containsText("Work laptop");
        journey.check(grace, "passkey-added");

        grace.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        journey.check(grace, "signed-out");

        grace.navigate("/sign-in");
        journey.check(grace, "sign-in");
        button(grace, "Sign in with a passkey").click();
        assertThat(heading(grace)).hasText("Hello, Grace Okafor");
        journey.check(grace, "signed-in-with-passkey");
    }

    private static void addVirtualAuthenticator(Page page) {
        CDPSession devTools = page.context().newCDPSession(page);
        devTools.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject parameters = new JsonObject();
        parameters.add("options", options);
        JsonObject added = devTools.send("WebAuthn.addVirtualAuthenticator", parameters);
        assertThat(added.get("authenticatorId").getAsString()).isNotBlank();
    }
}
