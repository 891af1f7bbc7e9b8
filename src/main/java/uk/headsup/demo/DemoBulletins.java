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

    static void load(BulletinRecords bulletins, Map<String, Long> posts, List<EventCard> events, LocalDate today) {
        String conference = bookingPage(events, "Headteachers' Conference", "mailto:training@elmshire.example");
        String refresher = bookingPage(
                events, "Designated Safeguarding Lead refresher", "mailto:safeguarding.education@elmshire.example");
        Long head = posts.get("Head of Education Services");
        Long send = posts.get("SEND and Inclusion Lead (0-25)");
        Long fap = posts.get("Senior SEND Officer");
        Long safeguarding = posts.get("Education Safeguarding Lead");
        Long dslTraining = posts.get("Safeguarding Adviser");
        Long training = posts.get("Learning and Development Lead");
        Long earlyYears = posts.get("Early Years Inclusion Adviser");
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ArticleAudience everyone = ArticleAudience.everyone();
        ArticleAudience sencos = new ArticleAudience(Set.of(OrganisationRole.SENCO), Set.of(), Set.of(), Set.of());
        ArticleAudience secondarySencos =
                new ArticleAudience(Set.of(OrganisationRole.SENCO), Set.of(Phase.SECONDARY), Set.of(), Set.of());
        ArticleAudience dsls = new ArticleAudience(
                Set.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER), Set.of(), Set.of(), Set.of());
        ArticleAudience heads = new ArticleAudience(Set.of(OrganisationRole.HEADTEACHER), Set.of(), Set.of(), Set.of());
        ArticleAudience earlyYearsLeads = new ArticleAudience(
                Set.of(
                        OrganisationRole.SETTING_MANAGER,
                        OrganisationRole.CHILDMINDER,
                        OrganisationRole.EARLY_YEARS_LEAD),
                Set.of(),
                Set.of(),
                Set.of());

        publish(
                bulletins,
                new NewEdition(
                        "heads-up",
                        monday.minusWeeks(2),
                        """
                Welcome back. This term brings the new Fair Access Protocol panel calendar and the first round of the
                section 175/157 safeguarding audit.

                Thank you to every school that took part in the inclusion conversations last term.
                """,
                        head,
                        EDITOR,
                        "Tom Whitaker",
                        List.of(
                                new NewSection(
                                        "SEND and Inclusion",
                                        List.of(new NewArticle(
                                                "Fair Access Protocol panel dates for this year",
                                                "The panel meets monthly; SENCos should know the dates.",
                                                """
                                        The Fair Access Protocol panel meets on the second Tuesday of each month from
                                        September to July. The dates are in the panels' calendar too.

                                        | Term | Dates |
                                        |---|---|
                                        %s

                                        Send referrals at least ten school days before the panel.
                                        """.formatted(panelTable(today)),
                                                secondarySencos,
                                                false,
                                                fap,
                                                null,
                                                null,
                                                null))),
                                new NewSection(
                                        "Safeguarding",
                                        List.of(new NewArticle(
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
                                                dsls,
                                                true,
                                                safeguarding,
                                                // The audit itself, due when the demo's round first asks
                                                // (DemoSafeguarding), so the two items on a head's home page agree.
                                                "Complete the safeguarding audit",
                                                "/safeguarding/my",
                                                DemoSafeguarding.firstDeadline(today)))),
                                new NewSection(
                                        "Wellbeing",
                                        List.of(new NewArticle(
                                                "Free wellbeing sessions for school leaders",
                                                "Confidential support sessions are open to every headteacher and manager.",
                                                "Book a confidential 45-minute session with a trained coach. Sessions run"
                                                        + " online and at Shire Hall.",
                                                everyone,
                                                false,
                                                head,
                                                null,
                                                null,
                                                null))))),
                monday.minusWeeks(2));

        publish(
                bulletins,
                new NewEdition(
                        "heads-up",
                        monday.minusWeeks(1),
                        "A busy week: the headteachers’ conference opens for booking and the early years inclusion"
                                + " kitemark welcomes its first settings.",
                        head,
                        EDITOR,
                        "Tom Whitaker",
                        List.of(
                                new NewSection(
                                        "Events and training",
                                        List.of(
                                                new NewArticle(
                                                        "Headteachers’ conference: booking is open",
                                                        "This year’s conference is about inclusion in every classroom.",
                                                        """
                                                The headteachers’ conference takes place at Elmbridge Racecourse. The
                                                day includes workshops on attendance, inclusion and leadership
                                                wellbeing.

                                                Places are limited to two per school.
                                                """,
                                                        heads,
                                                        false,
                                                        training,
                                                        "Register for the headteachers’ conference",
                                                        conference,
                                                        bookBy(events, "Headteachers' Conference", today.plusDays(12))),
                                                new NewArticle(
                                                        "Designated safeguarding lead refresher training",
                                                        "DSLs must refresh their training every two years.",
                                                        "The refresher covers online safety, contextual safeguarding and"
                                                                + " the latest statutory guidance.",
                                                        dsls,
                                                        false,
                                                        dslTraining,
                                                        "Book your place on the refresher",
                                                        refresher,
                                                        bookBy(
                                                                events,
                                                                "Designated Safeguarding Lead refresher",
                                                                today.plusWeeks(3))))),
                                new NewSection(
                                        "SEND and Inclusion",
                                        List.of(new NewArticle(
                                                "Early Years Inclusion Kitemark: apply for the spring round",
                                                "Settings and childminders can apply to work towards the kitemark.",
                                                "The kitemark recognises settings that include every child. An adviser"
                                                        + " supports each setting through its self-evaluation.",
                                                earlyYearsLeads,
                                                false,
                                                earlyYears,
                                                "Apply for the kitemark",
                                                "mailto:send@elmshire.example",
                                                today.plusWeeks(6)))))),
                monday.minusWeeks(1));

        publish(
                bulletins,
                new NewEdition(
                        "heads-up",
                        monday,
                        "",
                        null,
                        EDITOR,
                        "Tom Whitaker",
                        List.of(new NewSection(
                                "Key dates",
                                List.of(new NewArticle(
                                        "SEND annual reviews: new guidance for SENCos",
                                        "Updated guidance explains the timeline for annual reviews.",
                                        """
                                Annual reviews of education, health and care plans must be held within twelve months
                                of the last review. The new guidance explains who to invite and what to send before
                                the meeting.
                                """,
                                        sencos,
                                        false,
                                        send,
                                        null,
                                        null,
                                        null))))),
                monday);

        LocalDate yesterday = lastWeekday(today);
        publish(
                bulletins,
                new NewEdition(
                        "daily-briefing",
                        yesterday,
                        "",
                        null,
                        EDITOR,
                        "Tom Whitaker",
                        List.of(new NewSection(
                                "Today",
                                List.of(new NewArticle(
                                        "Snow: checking whether schools are open",
                                        "Tell us by 8am if your school closes because of the weather.",
                                        "Update your school’s status on the closures page before 8am so families and"
                                                + " transport know.",
                                        heads,
                                        true,
                                        head,
                                        null,
                                        null,
                                        null))))),
                yesterday);
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

    private static void publish(BulletinRecords bulletins, NewEdition edition, LocalDate day) {
        bulletins.publish(edition, day.atTime(LocalTime.of(8, 0)).atZone(UK).toInstant());
    }
}
