package uk.headsup.bulletins.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.bulletins.BulletinRecords;
import uk.headsup.bulletins.Bulletins;
import uk.headsup.bulletins.EditionPublished;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.mailing.LinkReach;
import uk.headsup.mailing.MailshotLinks;
import uk.headsup.mailing.MailshotProgress;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.RenderedEmail;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * Publishing an edition through the editorial workflow emails it: each reader gets the articles for their roles
 * and phases, exactly once, read here from the development outbox as they were delivered.
 */
@HeadsUpIntegrationTest
class EditionDeliveryIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Mailshots mailshots;

    @Autowired
    Bulletins bulletins;

    @Autowired
    EditionDelivery delivery;

    @Autowired
    EditionEmail content;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    RequestPostProcessor contributor = user("grace.okafor@elmshire.example").roles("AUTHORITY_STAFF");
    RequestPostProcessor editor = user("tom.whitaker@elmshire.example").roles("AUTHORITY_STAFF", "EDITOR");
    RequestPostProcessor publisher = user("priya.shah@elmshire.example").roles("AUTHORITY_STAFF", "PUBLISHER");

    @Test
    void aSencoAtASecondaryAndAHeadteacherAtAPrimaryReceiveDifferentArticles() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String fap = "Fair Access Protocol panel dates " + run;
        String ks2 = "Key stage 2 moderation " + run;
        String alert = "Safeguarding alert " + run;
        LocalDate due = TODAY.plusDays(20);
        long edition = publish(
                article(
                        fap,
                        "SEND and Inclusion",
                        "roles=SENCO",
                        "phases=SECONDARY",
                        "ctaText=Tell us who attends the panel",
                        "ctaUrl=https://forms.elmshire.example/fap",
                        "ctaDeadline.day=" + due.getDayOfMonth(),
                        "ctaDeadline.month=" + due.getMonthValue(),
                        "ctaDeadline.year=" + due.getYear()),
                article(ks2, "Key dates", "roles=HEADTEACHER", "phases=PRIMARY"),
                article(alert, "Safeguarding", "roles=HEADTEACHER", "roles=SENCO", "essential=true"));

        AudienceMember senco = onlyRole(OrganisationRole.SENCO, Phase.SECONDARY);
        AudienceMember head = onlyRole(OrganisationRole.HEADTEACHER, Phase.PRIMARY);
        MailshotProgress progress = awaitSent(edition);
        assertThat(progress.total())
                .as("one message per address among the SENCos and headteachers")
                .isEqualTo(
                        directory
                                .members(Audience.of(OrganisationRole.SENCO, OrganisationRole.HEADTEACHER), TODAY)
                                .stream()
                                .map(m -> m.email().toLowerCase())
                                .distinct()
                                .count());

        Delivered toSenco = delivered(edition, senco.email());
        assertThat(toSenco.text())
                .contains("Dear " + senco.name() + ",")
                .contains(fap, alert, "Tell us who attends the panel by ")
                .doesNotContain(ks2)
                .contains("/email/preferences/", "/email/unsubscribe/", "/email/click/");
        assertThat(toSenco.html())
                .contains("lang=\"en-GB\"", "color-scheme")
                .contains(">" + fap + "</a>")
                .doesNotContain(ks2);
        assertThat(toSenco.subject())
                .startsWith(bulletins.publishedEdition(edition).orElseThrow().title());

        // One-click unsubscribe (RFC 8058) from the edition, without a session: it turns the series off.
        java.util.regex.Matcher unsubscribe = java.util.regex.Pattern.compile("https?://\\S+/email/unsubscribe/\\S+")
                .matcher(toSenco.text());
        assertThat(unsubscribe.find()).isTrue();
        mvc.perform(post(URI.create(URI.create(unsubscribe.group()).getRawPath()))
                        .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string("Unsubscribed from Heads Up"));
        assertThat(jdbc.sql("select topic from mailing_opt_outs where email = lower(:e)")
                        .param("e", senco.email())
                        .query(String.class)
                        .list())
                .contains("series:heads-up");

        Delivered toHead = delivered(edition, head.email());
        assertThat(toHead.text())
                .contains("Dear " + head.name() + ",")
                .contains(ks2, alert)
                .doesNotContain(fap);

        // Who was sent what is known per article: the reach report counts by these tags.
        long fapId = articleId(edition, fap);
        assertThat(jdbc.sql("select count(*) from mailshot_tags t join mailshots s on s.id = t.mailshot_id"
                                + " where s.key = :k and t.tag = :t")
                        .param("k", EditionDelivery.key(edition))
                        .param("t", "article:" + fapId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // The SENCo follows the article's link; the edition's page counts it, and leads to mailing's reach report.
        java.util.regex.Matcher click = java.util.regex.Pattern.compile("https?://\\S+t=article%3A" + fapId + "\\S*")
                .matcher(toSenco.text());
        assertThat(click.find()).as("a tracked link to the article").isTrue();
        URI link = URI.create(click.group());
        mvc.perform(get(URI.create(link.getRawPath() + "?" + link.getRawQuery())))
                .andExpect(status().isFound());
        LinkReach reach = mailshots.reachByLink(EditionDelivery.key(edition)).stream()
                .filter(r -> r.tag().equals("article:" + fapId))
                .findFirst()
                .orElseThrow();
        assertThat(reach.clicked()).isEqualTo(1);
        assertThat(reach.sent())
                .isEqualTo(
                        directory.members(Audience.of(OrganisationRole.SENCO).inPhases(Phase.SECONDARY), TODAY).stream()
                                .map(m -> m.email().toLowerCase())
                                .distinct()
                                .count());
        mvc.perform(get("/bulletins/editions/" + edition)
                        .cookie(uk.headsup.support.SignedIn.authorityStaff(mvc, uk.headsup.support.SignedIn.EDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sent by email")))
                .andExpect(content().string(containsString("/reach/article?tag=article%3A" + fapId)))
                .andExpect(content().string(containsString("1 of " + reach.organisations())));
    }

    @Test
    void publishingAgainOrAReplayedEventAddsNoDeliveries() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long edition = publish(article(
                "Business managers' briefing " + run, "Key dates", "roles=BUSINESS_MANAGER", "phases=SECONDARY"));
        awaitHandled(edition, 1);
        int deliveries = deliveries(edition);
        assertThat(deliveries).isPositive();

        mvc.perform(post("/bulletins/editions/" + edition + "/approve")
                        .param("when", "now")
                        .with(publisher)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        PublishedEdition published = bulletins.publishedEdition(edition).orElseThrow();
        transaction.executeWithoutResult(tx -> events.publishEvent(new EditionPublished(
                edition, published.seriesKey(), published.number(), published.date(), published.publishedAt())));
        awaitHandled(edition, 2);
        assertThat(delivery.deliver(edition).orElseThrow().created()).isFalse();
        assertThat(deliveries(edition)).isEqualTo(deliveries);
        awaitSent(edition);
        assertThat(jdbc.sql("""
                        select count(*) from outbox_messages m join mailshots s on s.id = m.mailshot_id
                         where s.key = :k group by lower(m.recipient) order by count(*) desc limit 1
                        """)
                        .param("k", EditionDelivery.key(edition))
                        .query(Integer.class)
                        .single())
                .as("nobody has two messages")
                .isEqualTo(1);
    }

    @Test
    void sectionsTurnedOffPaidTrainingAndOtherDistrictsAreLeftOutButEssentialArticlesStay() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String wellbeing = "Wellbeing sessions " + run;
        String course = "Paid leadership course " + run;
        String alert = "Safeguarding alert " + run;
        String inSection = "Essential wellbeing notice " + run;
        String local = "Local safeguarding forum " + run;
        String district = jdbc.sql("select min(district) from organisations where district <> ''")
                .query(String.class)
                .single();
        AudienceMember there = directory
                .members(Audience.of(OrganisationRole.DSL).inDistricts(district), TODAY)
                .get(0);
        long edition = publish(
                article(wellbeing, "Wellbeing", "roles=DSL"),
                article(inSection, "Wellbeing", "roles=DSL", "essential=true"),
                article(course, "Events and training", "roles=DSL", "marketing=true"),
                article(alert, "Safeguarding", "roles=DSL", "essential=true"),
                article(local, "Safeguarding", "roles=DSL", "districts=" + district));
        // Somewhere no school is: not in the district.
        MailshotRecipient.Post post =
                new MailshotRecipient.Post(OrganisationRole.DSL, -1L, "Test Primary School", Phase.PRIMARY);
        MailshotRecipient everything =
                new MailshotRecipient("Dana Lowe", "dana@school.example", List.of(post), Set.of());
        MailshotRecipient choosy = new MailshotRecipient(
                "Sam Kemp",
                "sam@school.example",
                List.of(post),
                Set.of(EditionTopics.section("Wellbeing"), EditionTopics.MARKETING));

        RenderedEmail all = content.render(Long.toString(edition), everything, new PlainLinks());
        assertThat(all.text()).doesNotContain(local);
        MailshotRecipient inTheDistrict = new MailshotRecipient(
                "Ola Ade",
                "ola@school.example",
                List.of(new MailshotRecipient.Post(
                        OrganisationRole.DSL, there.organisationId(), there.organisationName(), there.phase())),
                Set.of());
        assertThat(content.render(Long.toString(edition), inTheDistrict, new PlainLinks())
                        .text())
                .contains(local, alert, "Dear Ola Ade,");
        assertThat(all.text()).contains(wellbeing, inSection, course, alert, "Dear Dana Lowe,");
        RenderedEmail fewer = content.render(Long.toString(edition), choosy, new PlainLinks());
        assertThat(fewer.text())
                .contains("Dear Sam Kemp,", alert, inSection)
                .doesNotContain(wellbeing, course, "Dana Lowe");
        assertThat(fewer.html()).doesNotContain(wellbeing, course);
    }

    @Test
    void eachMessageCarriesItsOwnOpenPixelEscapedAndOnlyWhenOpensAreTracked() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long edition = publish(article("Opened or not " + run, "Key dates"));
        MailshotRecipient.Post post =
                new MailshotRecipient.Post(OrganisationRole.HEADTEACHER, -1L, "Test Primary School", Phase.PRIMARY);
        MailshotRecipient reader = new MailshotRecipient("Dana Lowe", "dana@school.example", List.of(post), Set.of());
        String reference = Long.toString(edition);

        RenderedEmail first = content.render(
                reference, reader, new PlainLinks(Optional.of("https://headsup.example/email/open/7/a&b\".gif")));
        RenderedEmail second = content.render(
                reference, reader, new PlainLinks(Optional.of("https://headsup.example/email/open/8/c.gif")));
        RenderedEmail untracked = content.render(reference, reader, new PlainLinks());

        assertThat(first.html())
                .as("the recipient's own pixel, its address escaped in the attribute")
                .contains("<img width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0;\""
                        + " src=\"https://headsup.example/email/open/7/a&amp;b&quot;.gif\">")
                .doesNotContain("/email/open/8/");
        assertThat(second.html()).contains("src=\"https://headsup.example/email/open/8/c.gif\"");
        assertThat(first.text()).doesNotContain("/email/open/");
        assertThat(untracked.html())
                .as("no image at all when opens are not tracked")
                .doesNotContain("/email/open/", "width=\"1\" height=\"1\"");
    }

    @Test
    void aReaderWhoTurnedTheSeriesOffGetsOnlyItsEssentialArticlesAndNobodyGetsTwoMessages() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String alert = "Safeguarding alert " + run;
        String wellbeing = "Wellbeing sessions " + run;
        List<AudienceMember> dsls = directory.members(Audience.of(OrganisationRole.DSL), TODAY).stream()
                .filter(m -> directory.members(Audience.everyone(), TODAY).stream()
                        .filter(o -> o.personId() == m.personId())
                        .allMatch(o -> o.role() == OrganisationRole.DSL))
                .toList();
        AudienceMember turnedOff = dsls.get(0);
        AudienceMember stays = dsls.stream()
                .filter(m -> !m.email().equalsIgnoreCase(turnedOff.email()))
                .findFirst()
                .orElseThrow();
        jdbc.sql("delete from mailing_opt_outs where email = lower(:e)")
                .param("e", stays.email())
                .update();
        jdbc.sql("insert into mailing_opt_outs (email, topic) values (lower(:e), 'series:heads-up')"
                        + " on conflict do nothing")
                .param("e", turnedOff.email())
                .update();
        try {
            long edition = publish(
                    article(alert, "Safeguarding", "roles=DSL", "essential=true"),
                    article(wellbeing, "Wellbeing", "roles=DSL"));
            awaitSent(EditionDelivery.key(edition));
            MailshotProgress essential = awaitSent(EditionDelivery.essentialKey(edition));

            Delivered toTurnedOff = delivered(EditionDelivery.essentialKey(edition), turnedOff.email());
            assertThat(toTurnedOff.text())
                    .contains("Dear " + turnedOff.name() + ",", alert, "You turned Heads Up off")
                    .doesNotContain(wellbeing, "/email/unsubscribe/");
            assertThat(toTurnedOff.html()).contains(alert).doesNotContain(wellbeing);
            Delivered toStays = delivered(EditionDelivery.key(edition), stays.email());
            assertThat(toStays.text()).contains(alert, wellbeing).doesNotContain("You turned Heads Up off");

            int optedOut = jdbc.sql("select count(distinct o.email) from mailing_opt_outs o"
                            + " where o.topic = 'series:heads-up' and o.email in (:emails)")
                    .param(
                            "emails",
                            directory.members(Audience.of(OrganisationRole.DSL), TODAY).stream()
                                    .map(m -> m.email().toLowerCase())
                                    .distinct()
                                    .toList())
                    .query(Integer.class)
                    .single();
            assertThat(essential.total())
                    .as("exactly the DSLs who turned Heads Up off")
                    .isEqualTo(optedOut);
            assertThat(jdbc.sql("""
                            select count(*) from outbox_messages m join mailshots s on s.id = m.mailshot_id
                             where s.key in (:keys) and m.status = 'SENT'
                             group by lower(m.recipient) order by count(*) desc limit 1
                            """)
                            .param("keys", List.of(EditionDelivery.key(edition), EditionDelivery.essentialKey(edition)))
                            .query(Integer.class)
                            .single())
                    .as("nobody is sent both")
                    .isEqualTo(1);

            mvc.perform(get("/bulletins/editions/" + edition)
                            .cookie(uk.headsup.support.SignedIn.authorityStaff(
                                    mvc, uk.headsup.support.SignedIn.EDITOR)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("readers who turned <span>Heads Up</span> off")))
                    .andExpect(content().string(containsString("/mailing/" + essential.mailshotId() + "\"")));

            int essentialDeliveries = deliveries(EditionDelivery.essentialKey(edition));
            assertThat(delivery.deliver(edition).orElseThrow().created()).isFalse();
            assertThat(deliveries(EditionDelivery.essentialKey(edition)))
                    .as("a replay adds nothing")
                    .isEqualTo(essentialDeliveries);
        } finally {
            jdbc.sql("delete from mailing_opt_outs where email = lower(:e) and topic = 'series:heads-up'")
                    .param("e", turnedOff.email())
                    .update();
        }
    }

    @Test
    void editionsLoadedIntoTheArchiveAreNotEmailed() {
        long id = transaction.execute(tx -> records.publish(
                new BulletinRecords.NewEdition(
                        "heads-up",
                        TODAY,
                        "",
                        null,
                        "tom.whitaker@elmshire.example",
                        "Tom Whitaker",
                        List.of(new BulletinRecords.NewSection(
                                "Key dates",
                                List.of(new BulletinRecords.NewArticle(
                                        "From the archive",
                                        "An old article.",
                                        "Loaded, not sent.",
                                        uk.headsup.bulletins.ArticleAudience.everyone(),
                                        false,
                                        null,
                                        null,
                                        null,
                                        null))))),
                Instant.now().minus(Duration.ofDays(400))));
        assertThat(delivery.deliver(id)).isEmpty();
        assertThat(mailshots.progress(EditionDelivery.key(id))).isEmpty();
    }

    @Autowired
    BulletinRecords records;

    // --- helpers

    /** Tracked links as plain addresses naming their tag, for rendering outside a mailshot. */
    static final class PlainLinks implements MailshotLinks {
        private final Optional<String> pixel;

        PlainLinks() {
            this(Optional.empty());
        }

        /** With the open pixel at {@code pixel}, as when open tracking is on. */
        PlainLinks(Optional<String> pixel) {
            this.pixel = pixel;
        }

        @Override
        public String track(String url, String tag) {
            return url;
        }

        @Override
        public String track(String url, String tag, String label) {
            return url;
        }

        @Override
        public String preferences() {
            return "https://headsup.example/email/preferences/x";
        }

        @Override
        public Optional<String> unsubscribe() {
            return Optional.of("https://headsup.example/email/unsubscribe/x");
        }

        @Override
        public Optional<String> openPixel() {
            return pixel;
        }
    }

    record Delivered(String subject, String html, String text) {}

    /** An article to write, submit and place in a section of the edition. */
    record Draft(String section, MockHttpServletRequestBuilder request) {}

    /** @param fields the article form's other fields, as {@code name=value} (audience, call to action, flags) */
    private Draft article(String title, String section, String... fields) {
        MockHttpServletRequestBuilder request = post("/bulletins/articles/new")
                .param("action", "submit")
                .param("title", title)
                .param("summary", "What " + title + " is about, in one sentence.")
                .param("body", "The body of " + title + ".")
                .with(contributor)
                .with(csrf());
        for (String field : fields) {
            request.param(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
        }
        return new Draft(section, request);
    }

    /** Writes the articles, assembles a Heads Up edition of them, sends it for approval and publishes it now. */
    private long publish(Draft... articles) throws Exception {
        String location = mvc.perform(post("/bulletins/editions/new")
                        .param("series", "heads-up")
                        .with(editor)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/bulletins/editions/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long edition = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (Draft article : articles) {
            String at = mvc.perform(article.request())
                    .andExpect(redirectedUrlPattern("/bulletins/articles/*"))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            mvc.perform(post("/bulletins/editions/" + edition + "/articles")
                            .param("articleId", at.substring(at.lastIndexOf('/') + 1))
                            .param("sectionId", String.valueOf(sectionId(edition, article.section())))
                            .with(editor)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/bulletins/editions/" + edition + "/send")
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/bulletins/editions/" + edition + "/approve")
                        .param("when", "now")
                        .with(publisher)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(bulletins.publishedEdition(edition)).as("published").isPresent();
        return edition;
    }

    private long sectionId(long edition, String title) {
        return jdbc.sql("select id from bulletin_sections where edition_id = :e and title = :t")
                .param("e", edition)
                .param("t", title)
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    try {
                        mvc.perform(post("/bulletins/editions/" + edition + "/sections")
                                        .param("title", title)
                                        .with(editor)
                                        .with(csrf()))
                                .andExpect(status().is3xxRedirection());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return sectionId(edition, title);
                });
    }

    private long articleId(long edition, String title) {
        return bulletins.publishedEdition(edition).orElseThrow().articles().stream()
                .filter(a -> a.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** Someone who holds this role at a school of this phase and no other role: what they get is theirs alone. */
    private AudienceMember onlyRole(OrganisationRole role, Phase phase) {
        List<AudienceMember> all = directory.members(Audience.everyone(), TODAY);
        return directory.members(Audience.of(role).inPhases(phase), TODAY).stream()
                .filter(m -> all.stream()
                        .filter(o -> o.personId() == m.personId())
                        .allMatch(o -> o.role() == role && o.phase() == phase))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No demo " + role + " at a " + phase + " school only"));
    }

    private MailshotProgress awaitSent(long edition) {
        return awaitSent(EditionDelivery.key(edition));
    }

    private MailshotProgress awaitSent(String key) {
        Instant deadline = Instant.now().plusSeconds(60);
        MailshotProgress progress = null;
        while (Instant.now().isBefore(deadline)) {
            progress = mailshots.progress(key).orElse(null);
            if (progress != null && progress.finished()) {
                return progress;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("The mailshot " + key + " did not finish within a minute: " + progress);
    }

    /** Waits until the listener has handled the edition's publication this many times (the registry says so). */
    private void awaitHandled(long edition, int times) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (jdbc.sql("""
                                select count(*) from event_publication
                                 where listener_id like '%EditionDelivery%' and completion_date is not null
                                   and serialized_event like :event
                                """)
                        .param("event", "%\"editionId\":" + edition + ",%")
                        .query(Integer.class)
                        .single()
                < times) {
            assertThat(Instant.now())
                    .as("the publication of edition %d handled %d times", edition, times)
                    .isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private Delivered delivered(long edition, String email) {
        return delivered(EditionDelivery.key(edition), email);
    }

    private Delivered delivered(String key, String email) {
        return jdbc.sql("""
                        select m.subject, m.html_body, m.text_body from outbox_messages m
                          join mailshots s on s.id = m.mailshot_id
                         where s.key = :k and lower(m.recipient) = lower(:e) and m.status = 'SENT'
                        """)
                .param("k", key)
                .param("e", email)
                .query((rs, n) -> new Delivered(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    private int deliveries(long edition) {
        return deliveries(EditionDelivery.key(edition));
    }

    private int deliveries(String key) {
        return jdbc.sql("select count(*) from outbox_messages m join mailshots s on s.id = m.mailshot_id"
                        + " where s.key = :k")
                .param("k", key)
                .query(Integer.class)
                .single();
    }
}
