package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** An administrator brings a colleague into Heads Up, and decides what they may do. */
class AdministratorInvitesColleagueJourneyIT extends BrowserJourney {

    static final String ADMIN_EMAIL = "priya.shah@elmshire.example";
    static final String ADMIN_PASSWORD = "heads-up-demo";
    static final String COLLEAGUE_NAME = "Jo Fairweather";
    static final String COLLEAGUE_EMAIL = "jo.fairweather@elmshire.example";
    static final String COLLEAGUE_PASSWORD = "kettle orchard lantern puffin";

    @Test
    void administratorInvitesAColleagueWhoChoosesAPasswordAndIsGivenAnotherRole(Journey journey) {
        Inbox colleagueInbox = Inbox.of(COLLEAGUE_EMAIL);
        Page priya = journey.newPerson();

        priya.navigate("/sign-in");
        assertThat(heading(priya)).hasText("Sign in");
        journey.check(priya, "sign-in");
        link(priya, "Sign in with your email address and password").click();
        assertThat(heading(priya)).hasText("Sign in with your password");
        journey.check(priya, "password-sign-in");
        signInWithPassword(priya, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(heading(priya)).hasText("Hello, Priya Shah");
        journey.check(priya, "admin-home");

        navigation(priya, "Staff and roles").click();
        assertThat(heading(priya)).hasText("Staff and roles");
        journey.check(priya, "staff-and-roles");

        button(priya, "Invite a colleague").click();
        assertThat(heading(priya)).hasText("Invite a colleague");
        journey.check(priya, "invite");

        // Sent empty, the form says what is missing, at the top and by each field, with links to the fields.
        button(priya, "Send invitation").click();
        Locator summary = priya.locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[] {
            "Enter their full name", "Enter their work email address", "Select at least one role"
        });
        assertThat(summary).isFocused();
        assertThat(priya.locator("#name-error")).hasText("Error: Enter their full name");
        journey.check(priya, "invite-errors");
        link(priya, "Enter their full name").click();
        assertThat(priya.getByLabel("Full name")).isFocused();
        link(priya, "Select at least one role").click();
        assertThat(priya.getByLabel("Administrator", new Page.GetByLabelOptions().setExact(true)))
                .isFocused();

        priya.getByLabel("Full name").fill(COLLEAGUE_NAME);
        priya.getByLabel("Work email address").fill(COLLEAGUE_EMAIL);
        priya.getByLabel("Editor", new Page.GetByLabelOptions().setExact(true)).check();
        button(priya, "Send invitation").click();
        assertThat(heading(priya)).hasText("Staff and roles");
        assertThat(priya.getByRole(AriaRole.ALERT)).containsText("Invitation sent to " + COLLEAGUE_EMAIL);
        assertThat(staffRow(priya, COLLEAGUE_NAME)).containsText("Invited");
        journey.check(priya, "invitation-sent");

        // The colleague, in their own browser, follows the link in the invitation and chooses a password.
        ReceivedEmail invitation = colleagueInbox.awaitNext();
        assertThat(invitation.subject()).isEqualTo("You have been invited to Heads Up");
        assertThat(invitation.text()).contains("Dear " + COLLEAGUE_NAME + ",").contains("Priya Shah has invited you");
        Page jo = journey.newPerson();
        Page mail = journey.openEmail(jo, invitation, "invitation-email");
        assertThat(mail.locator("body")).containsText("Editor");
        link(mail, "Choose your password").click();
        assertThat(heading(mail)).hasText("Choose your password");
        assertThat(mail.locator("main")).containsText("Welcome, " + COLLEAGUE_NAME);
        journey.check(mail, "choose-password");

        mail.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(COLLEAGUE_PASSWORD);
        mail.getByLabel("Confirm password").fill(COLLEAGUE_PASSWORD);
        button(mail, "Save password").click();
        assertThat(heading(mail)).hasText("Sign in with your password");
        assertThat(mail.getByRole(AriaRole.ALERT)).containsText("Your password is set");
        journey.check(mail, "password-set");
        signInWithPassword(mail, COLLEAGUE_EMAIL, COLLEAGUE_PASSWORD);
        assertThat(heading(mail)).hasText("Hello, " + COLLEAGUE_NAME);
        assertThat(mail.locator("main")).containsText("Your roles: Editor");
        journey.check(mail, "colleague-home");

        // The administrator makes the colleague a publisher too.
        priya.reload();
        assertThat(staffRow(priya, COLLEAGUE_NAME)).containsText("Active");
        journey.check(priya, "colleague-active");
        staffRow(priya, COLLEAGUE_NAME).getByRole(AriaRole.LINK).click();
        assertThat(heading(priya)).hasText("Roles of " + COLLEAGUE_NAME);
        assertThat(priya.getByLabel("Editor", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        journey.check(priya, "change-roles");
        priya.getByLabel("Publisher", new Page.GetByLabelOptions().setExact(true))
                .check();
        button(priya, "Save roles").click();
        assertThat(heading(priya)).hasText("Staff and roles");
        assertThat(priya.getByRole(AriaRole.ALERT)).containsText("Roles of " + COLLEAGUE_NAME + " updated");
        assertThat(staffRow(priya, COLLEAGUE_NAME)).containsText("Publisher");
        journey.check(priya, "roles-changed");

        navigation(priya, "Audit trail").click();
        assertThat(heading(priya)).hasText("Audit trail");
        Locator invited = auditRow(priya, "Invited", COLLEAGUE_EMAIL);
        assertThat(invited).hasCount(1);
        assertThat(invited).containsText(ADMIN_EMAIL);
        assertThat(invited).containsText("roles: Editor");
        assertThat(auditRow(priya, "Accepted invitation", COLLEAGUE_EMAIL)).hasCount(1);
        Locator rolesChanged = auditRow(priya, "Changed roles", COLLEAGUE_EMAIL);
        assertThat(rolesChanged).hasCount(1);
        assertThat(rolesChanged).containsText(ADMIN_EMAIL);
        assertThat(rolesChanged).containsText("Editor → Editor, Publisher");
        // The trail speaks English: how the colleague signed in, not the name of a Java class.
        Locator signedIn = auditRow(priya, "Signed in", COLLEAGUE_EMAIL);
        assertThat(signedIn.first()).containsText("with a password");
        assertThat(priya.locator("main")).not().containsText("AuthenticationToken");
        journey.check(priya, "audit-trail");

        button(priya, "Sign out").click();
        assertThat(priya.getByText("You have signed out.")).isVisible();
        journey.check(priya, "signed-out");
    }

    private static Locator navigation(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator staffRow(Page page, String name) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
    }

    private static Locator auditRow(Page page, String action, String subject) {
        return page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.CELL,
                                new Page.GetByRoleOptions().setName(action).setExact(true))))
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.CELL,
                                new Page.GetByRoleOptions().setName(subject).setExact(true))));
    }
}
