package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.BulletinRecords;
import uk.headsup.bulletins.Bulletins;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Topic;

/**
 * A contributor drafts an article whose link says "click here" and whose image has no alt text, sees both problems
 * and puts them right; an editor assembles an edition and previews it as a SENCo; a publisher approves it; the
 * edition is in the archive and in search.
 */
class BulletinJourneyIT extends BrowserJourney {

    static final String PASSWORD = "heads-up-demo";

    @Autowired
    BulletinRecords records;

    @Autowired
    Bulletins bulletins;

    @Autowired
    Directory directory;

    @Autowired
    Mailshots mailshots;

    @Test
    void aContributorsArticleIsCheckedAssembledApprovedAndPublished(Journey journey) {
        String word =
                "Quillfeather" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        String title = "Autism training for SENCos " + word;

        // Grace, from the training team, writes an article.
        Page grace = journey.newPerson();
        signIn(grace, journey, "grace.okafor@elmshire.example", "Grace Okafor");
        navigation(grace, "Bulletins").click();
        assertThat(heading(grace)).hasText("Editions");
        journey.check(grace, "editions-for-a-contributor");
        link(grace, "Articles").first().click();
        assertThat(heading(grace)).hasText("Articles");
        journey.check(grace, "articles");
        button(grace, "Write an article").click();
        assertThat(heading(grace)).hasText("Write an article");
        journey.check(grace, "write-an-article");

        grace.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        grace.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true))
                .fill("A free course on supporting autistic pupils.");
        grace.getByLabel("Article", new Page.GetByLabelOptions().setExact(true)).fill("""
                # The course

                The course covers sensory needs and communication. To book a place on the course, [click here](https://example.org/book).

                ![](https://example.org/course.png)
                """);
        grace.getByLabel("SENCo", new Page.GetByLabelOptions().setExact(true)).check();
        grace.getByLabel("Secondary", new Page.GetByLabelOptions().setExact(true))
                .check();
        button(grace, "Save draft").click();
        assertThat(heading(grace)).hasText(title);
        Locator problems = grace.locator(".govuk-error-summary");
        assertThat(problems).containsText("has no alt text");
        assertThat(grace.locator(".hu-checks")).containsText("Link text “click here” means nothing out of context");
        assertThat(grace.locator(".hu-checks")).containsText("Book a place on the course");
        journey.check(grace, "article-with-problems");

        grace.getByLabel("Article", new Page.GetByLabelOptions().setExact(true)).fill("""
                # The course

                The course covers sensory needs and communication. [Book a place on the autism course](https://example.org/book).

                ![Teachers at last year's autism course](https://example.org/course.png)
                """);
        button(grace, "Save and submit to the editors").click();
        assertThat(grace.getByRole(AriaRole.ALERT)).containsText("Saved and submitted to the editors");
        assertThat(grace.locator(".govuk-error-summary")).hasCount(0);
        assertThat(grace.locator(".hu-checks")).not().containsText("means nothing out of context");
        journey.check(grace, "article-submitted");
        link(grace, "Preview the article as readers will see it").click();
        assertThat(heading(grace)).hasText(title);
        assertThat(grace.locator(".hu-article__body")).containsText("Book a place on the autism course");
        assertThat(grace.locator("img[alt=\"Teachers at last year's autism course\"]"))
                .hasCount(1);
        journey.check(grace, "article-preview");

        // Tom, the editor, writes a short item for headteachers, then assembles the next Heads Up.
        Page tom = journey.newPerson();
        signIn(tom, journey, "tom.whitaker@elmshire.example", "Tom Whitaker");
        tom.navigate("/bulletins/articles/new");
        assertThat(heading(tom)).hasText("Write an article");
        journey.check(tom, "editor-writes-an-article");
        String headsOnly = "Headteachers’ briefing moves to Thursday " + word;
        tom.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(headsOnly);
        tom.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true))
                .fill("The termly briefing moves to Thursday.");
        tom.getByLabel("Article", new Page.GetByLabelOptions().setExact(true))
                .fill("The briefing is now on Thursday afternoons.");
        tom.getByLabel("Headteacher", new Page.GetByLabelOptions().setExact(true))
                .check();
        button(tom, "Save and submit to the editors").click();
        assertThat(tom.getByRole(AriaRole.ALERT)).containsText("Saved and submitted to the editors");
        journey.check(tom, "editor-article-submitted");

        navigation(tom, "Bulletins").click();
        assertThat(heading(tom)).hasText("Editions");
        journey.check(tom, "editions");
        tom.getByLabel("Start the next edition of").selectOption(new SelectOption().setLabel("Heads Up"));
        button(tom, "Start an edition").click();
        assertThat(heading(tom)).containsText("Heads Up");
        journey.check(tom, "new-edition");
        String editionUrl = tom.url();

        for (String[] placement :
                List.of(new String[] {title, "SEND and Inclusion"}, new String[] {headsOnly, "Key dates"})) {
            tom.getByLabel("Submitted article")
                    .selectOption(new SelectOption()
                            .setLabel(placement[0]
                                    + (placement[0].equals(title) ? " (Grace Okafor)" : " (Tom Whitaker)")));
            tom.getByLabel("Section", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(placement[1]));
            button(tom, "Add to the edition").click();
            assertThat(tom.getByRole(AriaRole.ALERT)).containsText("Added “" + placement[0] + "” to " + placement[1]);
            journey.check(
                    tom,
                    "edition-with-" + (placement[0].equals(title) ? "the-senco-article" : "the-headteacher-article"));
        }

        // An article readers have had already is marked as such, and adding it again asks first.
        Locator submitted = tom.getByLabel("Submitted article");
        String again = "Fair Access Protocol panel dates for this year";
        Locator published = submitted.locator("option", new Locator.LocatorOptions().setHasText(again));
        assertThat(published).containsText("already published in Heads Up");
        submitted.selectOption(published.first().getAttribute("value"));
        button(tom, "Add to the edition").click();
        assertThat(heading(tom)).hasText("This article was already published");
        assertThat(tom.locator("main")).containsText(again);
        journey.check(tom, "already-published");
        link(tom, "Do not add it").click();
        assertThat(heading(tom)).containsText("Heads Up");
        assertThat(tom.locator(".hu-placements").filter(new Locator.FilterOptions().setHasText(again)))
                .hasCount(0);
        journey.check(tom, "edition-without-the-old-article");

        link(tom, "Preview as a reader would see it").click();
        assertThat(heading(tom)).hasText("Preview");
        journey.check(tom, "preview");
        tom.getByLabel("Role").selectOption("SENCO");
        tom.getByLabel("Phase").selectOption("SECONDARY");
        button(tom, "Preview as").click();
        assertThat(heading(tom)).hasText("Preview as a SENCo at a secondary school or setting");
        assertThat(tom.locator("main")).containsText(title);
        assertThat(tom.locator("main")).not().containsText(headsOnly);
        journey.check(tom, "preview-as-a-senco");

        // Before approval, Tom sees the email that SENCo would get, in HTML and text, and sends himself a test.
        assertThat(tom.locator("[data-field=subject]")).containsText(title);
        tom.getByText("The plain-text version").click();
        assertThat(tom.locator(".hu-email-text")).containsText("Dear Tom Whitaker,");
        assertThat(tom.locator(".hu-email-text")).containsText(title);
        assertThat(tom.locator(".hu-email-text")).not().containsText(headsOnly);
        journey.check(tom, "email-preview-as-a-senco");
        link(tom, "Open the email as it looks in a mail client").click();
        assertThat(tom.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Heads Up");
        assertThat(tom.locator("body")).containsText(title);
        journey.check(tom, "email-html-as-a-senco");
        tom.goBack();
        assertThat(heading(tom)).hasText("Preview as a SENCo at a secondary school or setting");
        journey.check(tom, "back-to-the-preview");
        Inbox tomsInbox = Inbox.of("tom.whitaker@elmshire.example");
        button(tom, "Send a test of this email to tom.whitaker@elmshire.example")
                .click();
        assertThat(tom.getByRole(AriaRole.ALERT)).containsText("Sent a test of the email");
        journey.check(tom, "test-sent");
        ReceivedEmail test = tomsInbox.awaitNext();
        assertThat(test.subject()).startsWith("Test: ").contains(title);
        assertThat(test.text()).contains("Dear Tom Whitaker,", title).doesNotContain(headsOnly);

        tom.navigate(editionUrl);
        assertThat(heading(tom)).containsText("Heads Up");
        journey.check(tom, "edition-ready");
        button(tom, "Send for approval").click();
        assertThat(tom.getByRole(AriaRole.ALERT)).containsText("Sent for approval");
        journey.check(tom, "sent-for-approval");

        // Priya, a publisher, approves it for publication now.
        Page priya = journey.newPerson();
        signIn(priya, journey, "priya.shah@elmshire.example", "Priya Shah");
        priya.navigate(editionUrl.replaceFirst("^https?://[^/]+", ""));
        assertThat(priya.locator("main")).containsText("Waiting for approval");
        journey.check(priya, "edition-to-approve");
        button(priya, "Return with comments").click();
        assertThat(priya.locator(".govuk-error-summary")).containsText("Enter what the editors should change");
        journey.check(priya, "return-without-comments");
        button(priya, "Approve").click();
        assertThat(priya.getByRole(AriaRole.ALERT)).containsText("Approved and published");
        // From the moment it is approved, the page says the email is on its way.
        assertThat(priya.locator("main")).not().containsText("No email has been started");
        assertThat(priya.locator("[data-field=progress]"))
                .containsText(Pattern.compile("Sen(ding|t) to \\d+ (people|person)"));
        journey.check(priya, "approved");

        link(priya, "Read it in the archive").click();
        assertThat(priya.locator("main")).containsText(title);
        String priyaArchivePath = java.net.URI.create(priya.url()).getPath();
        journey.check(priya, "in-the-archive");
        link(priya, title).click();
        assertThat(heading(priya)).hasText(title);
        assertThat(priya.locator("img[alt=\"Teachers at last year's autism course\"]"))
                .hasCount(1);
        journey.check(priya, "article-in-the-archive");

        // Anyone can find it: the Heads Up archive is public, linked from the home page with its feed.
        Page visitor = journey.newPerson();
        visitor.navigate("/");
        assertThat(heading(visitor)).hasText("Heads Up");
        journey.check(visitor, "public-home");
        link(visitor, "Read and search the bulletins").click();
        assertThat(heading(visitor)).hasText("Bulletins");
        assertThat(link(visitor, "Atom feed of Heads Up")).isVisible();
        journey.check(visitor, "public-archive");
        visitor.navigate(priyaArchivePath);
        assertThat(visitor.locator("head link[rel=alternate][type=\"application/atom+xml\"]"))
                .hasAttribute("href", "/bulletins/heads-up/feed.atom");
        journey.check(visitor, "public-edition");
        visitor.navigate("/bulletins/search?q=" + word);
        assertThat(heading(visitor)).hasText("Search the bulletins");
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)))
                .isVisible();
        journey.check(visitor, "found-in-search");
    }

    /**
     * A headteacher finds the conference on "What needs your attention"; its call to action is the conference's
     * booking page, and once she has booked, the item is ticked off as booked.
     */
    @Test
    void aHeadteacherBooksTheConferenceHerBulletinAskedForAndItIsTickedOff(Journey journey) {
        List<AudienceMember> heads = directory.members(Audience.of(OrganisationRole.HEADTEACHER), LocalDate.now());
        AudienceMember head = heads.get(heads.size() - 1);
        Page page = signInByLink(journey, head);
        page.navigate("/bulletins/attention");
        assertThat(heading(page)).hasText("What needs your attention");
        Locator toDo = page.locator("table");
        assertThat(toDo).containsText("Register for the headteachers’ conference");
        journey.check(page, "attention-before-booking");

        link(page, "Register for the headteachers’ conference").click();
        assertThat(heading(page)).hasText(Pattern.compile("Book (places|a place)"));
        assertThat(page.locator("main")).containsText("Headteachers' Conference");
        journey.check(page, "conference-booking-page");
        page.getByLabel(head.name(), new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^Book (places|your place)$")))
                .click();
        assertThat(heading(page)).not().hasText(Pattern.compile("Book (places|a place)"));
        assertThat(page.locator("main")).containsText(head.name());
        journey.check(page, "conference-booked");

        page.navigate("/bulletins/attention");
        assertThat(heading(page)).hasText("What needs your attention");
        assertThat(page.locator("main table")).not().containsText("Register for the headteachers’ conference");
        assertThat(page.locator("main li")
                        .filter(new Locator.FilterOptions().setHasText("Register for the headteachers’ conference")))
                .containsText("Booked");
        journey.check(page, "attention-after-booking");

        // From her account she turns off promotions, as the link in any email would let her.
        mailshots.declare(new Topic(
                "marketing:paid-training",
                Topic.Kind.MARKETING,
                "Paid training and events",
                "Promotion of courses and events that charge a fee. Essential items still reach you.",
                1));
        link(page, "Your account").click();
        assertThat(heading(page)).hasText("Your account");
        journey.check(page, "account");
        link(page, "Choose which emails you get").click();
        assertThat(heading(page)).hasText("Choose which emails you get");
        Locator promotions = page.getByLabel("Paid training and events");
        assertThat(promotions).isChecked();
        journey.check(page, "email-choices-from-the-account");
        promotions.uncheck();
        button(page, "Save your choices").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your choices are saved");
        assertThat(page.getByLabel("Paid training and events")).not().isChecked();
        journey.check(page, "email-choices-saved");
    }

    private Page signInByLink(Journey journey, AudienceMember person) {
        Inbox inbox = Inbox.of(person.email());
        Page page = journey.newPerson();
        page.navigate("/sign-in");
        assertThat(heading(page)).hasText("Sign in");
        journey.check(page, "sign-in");
        page.getByLabel("Work email address").fill(person.email());
        button(page, "Email me a sign-in link").click();
        assertThat(heading(page)).hasText("Check your email");
        journey.check(page, "check-your-email");
        Page mail = journey.openEmail(page, inbox.awaitNext(), "sign-in-email");
        link(mail, "Sign in to Heads Up").click();
        assertThat(heading(mail)).hasText("Sign in to Heads Up");
        journey.check(mail, "confirm-sign-in");
        button(mail, "Sign in").click();
        assertThat(heading(mail)).hasText("Hello, " + person.name());
        journey.check(mail, "home-of-a-headteacher");
        return mail;
    }

    /**
     * OWASP filter-evasion payloads in titles, Markdown bodies and link targets, published and read in the archive
     * and the editor's pages: no script runs (no dialog opens, nothing sets the marker).
     */
    @Test
    void scriptsInArticlesNeverRun(Journey journey) {
        String word = "Xsstest" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        List<String> payloads = List.of(
                "<script>window.__xss=1;alert('XSS')</script>",
                "<IMG SRC=\"javascript:window.__xss=1\">",
                "<img src=x onerror=\"window.__xss=1\">",
                "<svg/onload=window.__xss=1>",
                "[click me](javascript:window.__xss=1)",
                "[click me](JaVaScRiPt:window.__xss=1)",
                "[click me](&#106;avascript:window.__xss=1)",
                "![x\" onerror=\"window.__xss=1](https://example.org/x.png)",
                "<a href=\"javascript:window.__xss=1\">x</a>",
                "<iframe src=\"javascript:window.__xss=1\"></iframe>",
                "<BODY ONLOAD=window.__xss=1>",
                "<details open ontoggle=window.__xss=1>");
        List<BulletinRecords.NewArticle> articles = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            articles.add(new BulletinRecords.NewArticle(
                    "Payload " + (i + 1) + " " + word + " " + payloads.get(i),
                    payloads.get(i),
                    word + " " + payloads.get(i) + "\n\n" + payloads.get(i),
                    ArticleAudience.everyone(),
                    false,
                    null,
                    null,
                    null,
                    null));
        }
        long id = records.publish(
                new BulletinRecords.NewEdition(
                        "heads-up",
                        LocalDate.now(ZoneId.of("Europe/London")),
                        "<script>window.__xss=1</script>",
                        null,
                        "tom.whitaker@elmshire.example",
                        "Tom Whitaker",
                        List.of(new BulletinRecords.NewSection("Wellbeing", articles))),
                Instant.now());
        PublishedEdition edition = bulletins.publishedEdition(id).orElseThrow();

        Page visitor = journey.newPerson();
        List<String> dialogs = new ArrayList<>();
        visitor.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        visitor.navigate(edition.path());
        assertThat(heading(visitor)).hasText(edition.title());
        journey.check(visitor, "edition-with-payloads");
        assertNoScriptRan(visitor, dialogs);
        for (Locator link : visitor.locator(".hu-article__body a").all()) {
            assertThat(link.getAttribute("href")).doesNotStartWithIgnoringCase("javascript");
        }
        visitor.navigate(edition.articles().get(0).path());
        assertThat(heading(visitor)).containsText("Payload 1");
        journey.check(visitor, "article-with-payload");
        assertNoScriptRan(visitor, dialogs);
        visitor.navigate("/bulletins/search?q=" + word);
        assertThat(visitor.locator(".hu-result")).not().hasCount(0);
        journey.check(visitor, "search-with-payloads");
        assertNoScriptRan(visitor, dialogs);

        Page tom = journey.newPerson();
        tom.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signIn(tom, journey, "tom.whitaker@elmshire.example", "Tom Whitaker");
        tom.navigate("/bulletins/articles/" + edition.articles().get(0).articleId());
        assertThat(heading(tom)).containsText("Payload 1");
        journey.check(tom, "editor-page-with-payload");
        assertNoScriptRan(tom, dialogs);
        tom.navigate("/bulletins/editions/" + id);
        journey.check(tom, "edition-page-with-payloads");
        assertNoScriptRan(tom, dialogs);
    }

    private static void assertNoScriptRan(Page page, List<String> dialogs) {
        assertThat(dialogs).as("dialogs opened by scripts").isEmpty();
        assertThat(page.evaluate("() => window.__xss === undefined"))
                .as("window.__xss never set")
                .isEqualTo(true);
    }

    private static void signIn(Page page, Journey journey, String email, String name) {
        page.navigate("/sign-in/password");
        assertThat(heading(page)).hasText("Sign in with your password");
        journey.check(page, "password-sign-in");
        signInWithPassword(page, email, PASSWORD);
        assertThat(heading(page)).hasText("Hello, " + name);
        journey.check(page, "home");
    }

    private static Locator navigation(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
