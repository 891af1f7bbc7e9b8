package uk.headsup.recognition.internal.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.RoleHolders;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Partners;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;
import uk.headsup.platform.format.CalendarFile;
import uk.headsup.platform.format.Pdf;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.internal.applications.Applications.Application;
import uk.headsup.recognition.internal.applications.Applications.Membership;

/**
 * The emails of an application, each through mailing's outbox in the caller's transaction: invitations to the heads
 * of invited schools, and to the applicants (the leaders of the schools and settings that joined, and whoever made
 * the application) the request for more evidence, the visit with its calendar file (to the assessor and specialist
 * too) and the outcome with its letter.
 */
@Component
class RecognitionMail {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final String TEMPLATE = "recognition/email/message";

    private final Mailer mailer;
    private final Partners partners;
    private final RoleHolders roleHolders;
    private final RecognitionSchemes schemes;
    private final JdbcClient jdbc;
    private final Site site;
    private final Pdf pdf;
    private final Clock clock;

    RecognitionMail(
            Mailer mailer,
            Partners partners,
            RoleHolders roleHolders,
            RecognitionSchemes schemes,
            JdbcClient jdbc,
            Site site,
            Pdf pdf,
            Clock clock) {
        this.roleHolders = roleHolders;
        this.schemes = schemes;
        this.mailer = mailer;
        this.partners = partners;
        this.jdbc = jdbc;
        this.site = site;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** A person to write to, by email (each once). */
    record Recipient(String name, String email) {}

    void invitations(Application a, Collection<Long> invited) {
        String scheme = schemeName(a);
        for (AudienceMember head : partners.leaders(invited)) {
            send(
                    "recognition-invitation",
                    new Recipient(head.name(), head.email()),
                    "Your school is invited to join a group for the " + scheme,
                    "An invitation to join " + a.title(),
                    List.of(
                            head.organisationName() + " is invited to work towards the " + scheme
                                    + " together with the schools of this group.",
                            "As headteacher, sign in to accept or decline. Only the headteacher can answer."),
                    List.of(),
                    a,
                    "Accept or decline the invitation",
                    null);
        }
    }

    void moreEvidence(Application a, Map<String, String> byStandard) {
        List<String> items = new ArrayList<>();
        byStandard.forEach((standard, what) -> items.add("Standard " + standard + ": " + what));
        for (Recipient r : applicants(a)) {
            send(
                    "recognition-more-evidence",
                    r,
                    "More evidence is asked for: " + a.title(),
                    "More evidence is asked for",
                    List.of("The assessor has read your self-evaluation and asks for more evidence on these standards."
                            + " Add it, then submit again."),
                    items,
                    a,
                    "Add the evidence",
                    null);
        }
    }

    void visit(Application a, List<Recipient> others) {
        String assessorName = a.assessorName();
        String when = DAY.format(a.visitStartsAt().atZone(CalendarFile.UK)) + " at "
                + TIME.format(a.visitStartsAt().atZone(CalendarFile.UK)).toLowerCase(Locale.UK);
        List<Recipient> everyone = new ArrayList<>(applicants(a));
        everyone.addAll(others);
        for (Recipient r : dedupe(everyone)) {
            byte[] ics = CalendarFile.write(
                    "Heads Up",
                    null,
                    CalendarFile.Method.REQUEST,
                    clock.instant(),
                    List.of(AssessorDesk.visitEntry(
                            a, site.link("/recognition/applications/" + a.id()), r.name(), r.email())));
            send(
                    "recognition-visit",
                    r,
                    "Assessment visit booked: " + a.title(),
                    "The assessment visit is booked",
                    List.of(
                            "The assessor, " + assessorName + ", will visit on " + when + " for " + a.visitMinutes()
                                    + " minutes.",
                            "Where: " + a.visitPlace() + ".",
                            "The calendar file attached adds the visit to your calendar."),
                    List.of(),
                    a,
                    "See the application",
                    new Attachment("visit.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics));
        }
    }

    /**
     * A school of the group left it or closed (GIAS): the schemes officers and the lead school's leaders are told, so
     * that the lead can invite another school in its place.
     */
    void memberGone(Application a, String school, boolean closed) {
        String what = closed ? school + " has closed" : school + " has left the group";
        List<Recipient> everyone = new ArrayList<>(officers());
        partners.leaders(List.of(a.leadOrganisationId()))
                .forEach(m -> everyone.add(new Recipient(m.name(), m.email())));
        for (Recipient r : dedupe(everyone)) {
            send(
                    closed ? "recognition-member-closed" : "recognition-member-left",
                    r,
                    what + ": " + a.title(),
                    what,
                    List.of(
                            closed
                                    ? "The Department for Education's register (GIAS) now records " + school
                                            + " as closed. It can no longer count towards the group."
                                    : school + "'s headteacher has taken the school out of the group.",
                            "A group needs at least "
                                    + schemes.find(a.schemeKey())
                                            .orElseThrow()
                                            .groupSize()
                                            .smallest()
                                    + " schools to submit. The lead school can invite another school in its place."),
                    List.of(),
                    a,
                    "See the group",
                    null);
        }
    }

    /** The assessor has recommended: the schemes officers take it to the panel. */
    void recommended(Application a, String outcome) {
        for (Recipient r : officers()) {
            send(
                    "recognition-recommended",
                    r,
                    "Recommendation ready for the panel: " + a.title(),
                    "The assessor has recommended: " + outcome.toLowerCase(Locale.UK),
                    List.of(
                            a.assessorName() + " has recorded the findings and recommends: "
                                    + outcome.toLowerCase(Locale.UK) + ".",
                            "Take it to the panel and record the panel's decision on the application."),
                    List.of(),
                    a,
                    "Read the findings",
                    null);
        }
    }

    private List<Recipient> officers() {
        return roleHolders.holding(AuthorityRole.SCHEMES_OFFICER).stream()
                .map(h -> new Recipient(h.name(), h.email()))
                .toList();
    }

    void assigned(Application a, Recipient to, String as) {
        send(
                "recognition-assigned",
                to,
                "You are the " + as + " for " + a.title(),
                "You are the " + as + " for " + a.title(),
                List.of("The schemes officer has asked you to be the " + as + " for this application. Sign in to read"
                        + " its self-evaluation and evidence."),
                List.of(),
                a,
                "Read the application",
                null);
    }

    void outcome(Application a, Applications.Decision decision) {
        byte[] letter = letter(a, decision);
        for (Recipient r : applicants(a)) {
            send(
                    "recognition-outcome",
                    r,
                    "The panel's decision: " + a.title(),
                    "The panel's decision: " + decision.outcome().toLowerCase(Locale.UK),
                    List.of(
                            "The panel met on " + DAY.format(decision.decidedOn()) + " and decided: "
                                    + decision.outcome().toLowerCase(Locale.UK)
                                    + (decision.level() == null ? "" : " at " + decision.level()) + ".",
                            decision.note().isBlank() ? "The letter attached says more." : decision.note()),
                    List.of(),
                    a,
                    "See the application",
                    new Attachment("decision-letter.pdf", "application/pdf", letter));
        }
    }

    /** The decision letter as an accessible PDF. */
    byte[] letter(Application a, Applications.Decision decision) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Decision on " + a.title());
        model.put("app", a);
        model.put("decision", decision);
        model.put("scheme", schemeName(a));
        model.put("decidedOn", DAY.format(decision.decidedOn()));
        model.put("today", DAY.format(LocalDate.now(clock.withZone(CalendarFile.UK))));
        model.put("schools", members(a.id()));
        return pdf.render("recognition/letter", model);
    }

    private String schemeName(Application a) {
        return schemes.find(a.schemeKey()).orElseThrow().name();
    }

    /** The leaders of the schools and settings that joined, and whoever made the application. */
    List<Recipient> applicants(Application a) {
        List<Recipient> all = new ArrayList<>();
        partners.leaders(jdbc.sql("""
                                select organisation_id from recognition_members
                                 where application_id = :id and status in (:joined)
                                """)
                        .param("joined", Membership.namesWhere(Membership::joined))
                        .param("id", a.id())
                        .query(Long.class)
                        .list())
                .forEach(m -> all.add(new Recipient(m.name(), m.email())));
        all.add(new Recipient(a.createdBy(), a.createdBy()));
        return dedupe(all);
    }

    private List<String> members(long applicationId) {
        return jdbc.sql("""
                        select name from recognition_members
                         where application_id = :id and status in (:joined) order by name
                        """)
                .param("joined", Membership.namesWhere(Membership::joined))
                .param("id", applicationId)
                .query(String.class)
                .list();
    }

    private static List<Recipient> dedupe(List<Recipient> all) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        for (Recipient r : all) {
            if (r.email() != null && !r.email().isBlank()) {
                byEmail.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r);
            }
        }
        return List.copyOf(byEmail.values());
    }

    private void send(
            String kind,
            Recipient to,
            String subject,
            String heading,
            List<String> paragraphs,
            List<String> items,
            Application a,
            String linkText,
            Attachment attachment) {
        Email email = new Email(
                kind,
                to.email(),
                subject,
                TEMPLATE,
                Map.of(
                        "heading", heading,
                        "name", to.name(),
                        "paragraphs", paragraphs,
                        "items", items,
                        "link", site.link("/recognition/applications/" + a.id()),
                        "linkText", linkText));
        mailer.send(attachment == null ? email : email.withAttachment(attachment));
    }
}
