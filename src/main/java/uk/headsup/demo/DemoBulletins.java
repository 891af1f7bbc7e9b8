package uk.headsup.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.BulletinRecords;
import uk.headsup.bulletins.BulletinRecords.NewArticle;
import uk.headsup.bulletins.BulletinRecords.NewEdition;
import uk.headsup.bulletins.BulletinRecords.NewSection;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.EventCard;

/**
 * Elmshire's last three weekly Heads Up editions and two daily briefings, published through the bulletins' public
 * API, with calls to action whose deadlines fall in the coming weeks; those inviting readers to the demo's events lead
 * to their booking pages.
 */
final class DemoBulletins {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String EDITOR = "tom.whitaker@elmshire.example";

    private DemoBulletins() {}

    private static final ArticleAudience EVERYONE = ArticleAudience.everyone();
    private static final ArticleAudience SENCOS = audience(Set.of(), OrganisationRole.SENCO);
    private static final ArticleAudience SECONDARY_SENCOS = audience(Set.of(Phase.SECONDARY), OrganisationRole.SENCO);
    private static final ArticleAudience DSLS = audience(Set.of(), OrganisationRole.DSL, OrganisationRole.HEADTEACHER);
    private static final ArticleAudience HEADS = audience(Set.of(), OrganisationRole.HEADTEACHER);
    private static final ArticleAudience EARLY_YEARS_LEADS = audience(
            Set.of(),
            OrganisationRole.SETTING_MANAGER,
            OrganisationRole.CHILDMINDER,
            OrganisationRole.EARLY_YEARS_LEAD);

    /** What the editions refer to: the authority's posts (their contacts), the demo's events, and today. */
    private record Context(Map<String, Long> posts, List<EventCard> events, LocalDate today) {
        Long post(String title) {
            return posts.get(title);
        }
    }

    static void load(BulletinRecords bulletins, Map<String, Long> posts, List<EventCard> events, LocalDate today) {
        Context c = new Context(posts, events, today);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        publish(bulletins, welcomeBack(c, monday.minusWeeks(2)));
        publish(bulletins, conferenceWeek(c, monday.minusWeeks(1)));
        publish(bulletins, thisWeek(c, monday));
        publish(bulletins, snowBriefing(c, lastWeekday(today)));
    }

    private static NewEdition welcomeBack(Context c, LocalDate day) {
        return edition(
                "heads-up",
                day,
                """
                Welcome back. This term brings the new Fair Access Protocol panel calendar and the first round of the
                section 175/157 safeguarding audit.

                Thank you to every school that took part in the inclusion conversations last term.
                """,
                c.post("Head of Education Services"),
                section(
                        "SEND and Inclusion",
                        article(
                                "Fair Access Protocol panel dates for this year",
                                "The panel meets monthly; SENCos should know the dates.",
                                """
                                The Fair Access Protocol panel meets on the second Tuesday of each month from
                                September to July. The dates are in the panels' calendar too.

                                | Term | Dates |
                                |---|---|
                                %s

                                Send referrals at least ten school days before the panel.
                                """.formatted(panelTable(c.today())),
                                SECONDARY_SENCOS,
                                false,
                                c.post("Senior SEND Officer"))),
                section(
                        "Safeguarding",
                        article(
                                "Section 175/157 safeguarding audit opens",
                                "Every school and setting completes the annual audit this term.",
                                """
                                The annual safeguarding audit is open. It asks about your policies, training,
                                safer recruitment and how you work with other agencies.

                                ## What to have ready

                                * your single central record
                                * the dates of staff safeguarding training
                                * your child protection policy
                                """,
                                DSLS,
                                true,
                                c.post("Education Safeguarding Lead"),
                                // The audit itself, due when the demo's round first asks (DemoSafeguarding), so the
                                // two items on a head's home page agree.
                                "Complete the safeguarding audit",
                                "/safeguarding/my",
                                DemoSafeguarding.firstDeadline(c.today()))),
                section(
                        "Wellbeing",
                        article(
                                "Free wellbeing sessions for school leaders",
                                "Confidential support sessions are open to every headteacher and manager.",
                                "Book a confidential 45-minute session with a trained coach. Sessions run online and at"
                                        + " Shire Hall.",
                                EVERYONE,
                                false,
                                c.post("Head of Education Services"))));
    }

    private static NewEdition conferenceWeek(Context c, LocalDate day) {
        String conference = "Headteachers' Conference";
        String refresher = "Designated Safeguarding Lead refresher";
        return edition(
                "heads-up",
                day,
                "A busy week: the headteachers’ conference opens for booking and the early years inclusion kitemark"
                        + " welcomes its first settings.",
                c.post("Head of Education Services"),
                section(
                        "Events and training",
                        article(
                                "Headteachers’ conference: booking is open",
                                "This year’s conference is about inclusion in every classroom.",
                                """
                                The headteachers’ conference takes place at Elmbridge Racecourse. The
                                day includes workshops on attendance, inclusion and leadership
                                wellbeing.

                                Places are limited to two per school.
                                """,
                                HEADS,
                                false,
                                c.post("Learning and Development Lead"),
                                "Register for the headteachers’ conference",
                                bookingPage(c.events(), conference, "mailto:training@elmshire.example"),
                                bookBy(c.events(), conference, c.today().plusDays(12))),
                        article(
                                "Designated safeguarding lead refresher training",
                                "DSLs must refresh their training every two years.",
                                "The refresher covers online safety, contextual safeguarding and the latest statutory"
                                        + " guidance.",
                                DSLS,
                                false,
                                c.post("Safeguarding Adviser"),
                                "Book your place on the refresher",
                                bookingPage(c.events(), refresher, "mailto:safeguarding.education@elmshire.example"),
                                bookBy(c.events(), refresher, c.today().plusWeeks(3)))),
                section(
                        "SEND and Inclusion",
                        article(
                                "Early Years Inclusion Kitemark: apply for the spring round",
                                "Settings and childminders can apply to work towards the kitemark.",
                                "The kitemark recognises settings that include every child. An adviser supports each"
                                        + " setting through its self-evaluation.",
                                EARLY_YEARS_LEADS,
                                false,
                                c.post("Early Years Inclusion Adviser"),
                                "Apply for the kitemark",
                                "mailto:send@elmshire.example",
                                c.today().plusWeeks(6))));
    }

    private static NewEdition thisWeek(Context c, LocalDate day) {
        return edition(
                "heads-up",
                day,
                "",
                null,
                section(
                        "Key dates",
                        article(
                                "SEND annual reviews: new guidance for SENCos",
                                "Updated guidance explains the timeline for annual reviews.",
                                """
                                Annual reviews of education, health and care plans must be held within twelve months
                                of the last review. The new guidance explains who to invite and what to send before
                                the meeting.
                                """,
                                SENCOS,
                                false,
                                c.post("SEND and Inclusion Lead (0-25)"))));
    }

    private static NewEdition snowBriefing(Context c, LocalDate day) {
        return edition(
                "daily-briefing",
                day,
                "",
                null,
                section(
                        "Today",
                        article(
                                "Snow: checking whether schools are open",
                                "Tell us by 8am if your school closes because of the weather.",
                                "Update your school’s status on the closures page before 8am so families and transport"
                                        + " know.",
                                HEADS,
                                true,
                                c.post("Head of Education Services"))));
    }

    private static ArticleAudience audience(Set<Phase> phases, OrganisationRole... roles) {
        return new ArticleAudience(Set.of(roles), phases, Set.of(), Set.of());
    }

    /** An edition edited by Tom Whitaker, the communications officer. */
    private static NewEdition edition(
            String series, LocalDate day, String foreword, Long forewordBy, NewSection... sections) {
        return new NewEdition(series, day, foreword, forewordBy, EDITOR, "Tom Whitaker", List.of(sections));
    }

    private static NewSection section(String title, NewArticle... articles) {
        return new NewSection(title, List.of(articles));
    }

    private static NewArticle article(
            String title, String summary, String body, ArticleAudience audience, boolean essential, Long contact) {
        return article(title, summary, body, audience, essential, contact, null, null, null);
    }

    /** An article with a call to action: what to do, where, and by when. */
    private static NewArticle article(
            String title,
            String summary,
            String body,
            ArticleAudience audience,
            boolean essential,
            Long contact,
            String action,
            String link,
            LocalDate due) {
        return new NewArticle(title, summary, body, audience, essential, contact, action, link, due);
    }

    /** The academic year's Fair Access Protocol panels by term: the days of the demo's panel calendar. */
    static String panelTable(LocalDate today) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
        for (LocalDate day : DemoEvents.panelDays(today)) {
            String term = day.getMonthValue() >= 9 ? "Autumn" : day.getMonthValue() <= 4 ? "Spring" : "Summer";
            terms.computeIfAbsent(term, t -> new ArrayList<>()).add(format.format(day));
        }
        StringBuilder rows = new StringBuilder();
        terms.forEach((term, dates) -> rows.append(rows.isEmpty() ? "" : "\n")
                .append("| ")
                .append(term)
                .append(" | ")
                .append(String.join(", ", dates))
                .append(" |"));
        return rows.toString();
    }

    /** The last weekday before today: the daily briefing comes out on weekdays only. */
    static LocalDate lastWeekday(LocalDate today) {
        LocalDate day = today.minusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The day booking closes for the event, as its own page says; the bulletin asks for no other date. */
    static LocalDate bookBy(List<EventCard> events, String words, LocalDate fallback) {
        return events.stream()
                .filter(e -> e.title().contains(words))
                .map(e -> e.bookingCloses().toLocalDate())
                .findFirst()
                .orElse(fallback);
    }

    private static String bookingPage(List<EventCard> events, String words, String fallback) {
        return events.stream()
                .filter(e -> e.title().contains(words))
                .map(EventCard::bookingUrl)
                .findFirst()
                .orElse(fallback);
    }

    /** At 8am on the edition's own day. */
    private static void publish(BulletinRecords bulletins, NewEdition edition) {
        bulletins.publish(
                edition, edition.date().atTime(LocalTime.of(8, 0)).atZone(UK).toInstant());
    }
}
