package uk.headsup.recognition.internal.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.Accounts;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.platform.format.CalendarFile;
import uk.headsup.recognition.internal.applications.Applications.Application;
import uk.headsup.recognition.internal.applications.Applications.Refused;
import uk.headsup.recognition.internal.applications.Applications.State;

/**
 * The assessment of a submitted application: the officer assigns an assessor (authority staff or a named external
 * person with an account); the assessor reviews each standard, asks for more evidence on the standards named,
 * books the visit, records the findings and recommends a decision to the panel. The specialist and the assessor
 * comment on the application.
 */
@Service
@Transactional
public class AssessorDesk {

    public static final int SHORTEST_VISIT = 30;
    public static final int LONGEST_VISIT = 480;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Applications applications;
    private final SpecialistList specialists;
    private final Frameworks frameworks;
    private final Responses responses;
    private final RecognitionMail mail;
    private final Clock clock;

    AssessorDesk(
            JdbcClient jdbc,
            Accounts accounts,
            Applications applications,
            SpecialistList specialists,
            Frameworks frameworks,
            Responses responses,
            RecognitionMail mail,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.applications = applications;
        this.specialists = specialists;
        this.frameworks = frameworks;
        this.responses = responses;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * The visit as a calendar entry, naming the attendee only in an invitation; the one shape of it for the emailed
     * invitations and the file on the page.
     */
    public static CalendarFile.Timed visitEntry(Application a, String url, String attendeeName, String attendeeEmail) {
        return new CalendarFile.Timed(
                "recognition-visit-" + a.id() + "@heads-up",
                a.visitSequence(),
                a.visitStartsAt(),
                a.visitStartsAt().plusSeconds(60L * a.visitMinutes()),
                "Assessment visit: " + a.title(),
                "The assessor's visit for " + a.title() + ".",
                a.visitPlace(),
                url,
                a.assessorName(),
                a.assessorEmail(),
                attendeeName,
                attendeeEmail,
                false);
    }

    /** The assessor's verdict on one standard; stored by name in {@code recognition_reviews.verdict}. */
    public enum Verdict {
        EVIDENCED,
        MORE_EVIDENCE;

        /** The verdict a form's value names, if it names one. */
        public static Optional<Verdict> named(String value) {
            for (Verdict verdict : values()) {
                if (verdict.name().equals(value)) {
                    return Optional.of(verdict);
                }
            }
            return Optional.empty();
        }
    }

    public record Review(String standard, Verdict verdict, String note, String reviewedBy) {
        public boolean moreEvidence() {
            return verdict == Verdict.MORE_EVIDENCE;
        }
    }

    /** Who commented; stored by name in {@code recognition_comments.role}. */
    public enum CommentBy {
        SPECIALIST("Specialist"),
        ASSESSOR("Assessor");

        private final String label;

        CommentBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Comment(String standard, String text, CommentBy role, String byName, Instant at) {
        public String roleLabel() {
            return role.label();
        }
    }

    /** The officer assigns (or changes) the assessor, who must have an account to sign in with. */
    public void assign(long applicationId, String name, String email, Actor by) {
        Application a = applications.find(applicationId).orElseThrow();
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("Enter the assessor's name");
        }
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            problems.add("Enter the assessor's email address: the one they sign in with");
        } else if (!accounts.hasAuthorityAccount(address)) {
            problems.add(
                    address + " has no account: the assessor is a member of authority staff, or a named"
                            + " external person an administrator has invited with the role \"Recognition assessor or specialist\"");
        }
        if (!a.state().live()) {
            problems.add("The panel has decided on this application");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        jdbc.sql("update recognition_applications set assessor_email = :email, assessor_name = :name where id = :id")
                .param("email", address)
                .param("name", name.strip())
                .param("id", applicationId)
                .update();
        responses.note(a.responseId(), "Assigned the assessor " + name.strip(), by);
        mail.assigned(
                applications.find(applicationId).orElseThrow(),
                new RecognitionMail.Recipient(name.strip(), address),
                "assessor");
    }

    @Transactional(readOnly = true)
    public Map<String, Review> reviews(long applicationId) {
        Map<String, Review> reviews = new LinkedHashMap<>();
        jdbc.sql("select standard, verdict, note, reviewed_by from recognition_reviews where application_id = :id")
                .param("id", applicationId)
                .query((rs, n) ->
                        new Review(rs.getString(1), Verdict.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .list()
                .forEach(r -> reviews.put(r.standard(), r));
        return reviews;
    }

    /**
     * The assessor's review of the standards given (by number: EVIDENCED or MORE_EVIDENCE, and a note); each standard
     * that needs more evidence says what. Nothing is saved if one is wrong.
     */
    public void review(long applicationId, Map<String, String> verdicts, Map<String, String> notes, Actor by) {
        Application a = submitted(applicationId, by);
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        List<String> problems = new ArrayList<>();
        verdicts.forEach((standard, verdict) -> {
            if (framework.standard(standard).isEmpty()) {
                problems.add("There is no standard " + standard + " in the toolkit");
            } else if (Verdict.named(verdict).isEmpty()) {
                problems.add("Standard " + standard + ": choose evidenced or more evidence needed");
            } else if (Verdict.named(verdict).get() == Verdict.MORE_EVIDENCE
                    && notes.getOrDefault(standard, "").isBlank()) {
                problems.add("Standard " + standard + ": say what evidence is missing");
            }
        });
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        verdicts.forEach((standard, verdict) -> jdbc.sql("""
                        insert into recognition_reviews (application_id, standard, verdict, note, reviewed_by)
                        values (:id, :standard, :verdict, :note, :by)
                        on conflict (application_id, standard) do update
                           set verdict = excluded.verdict, note = excluded.note, reviewed_by = excluded.reviewed_by,
                               reviewed_at = now()
                        """)
                .param("id", applicationId)
                .param("standard", standard)
                .param("verdict", Verdict.named(verdict).orElseThrow().name())
                .param("note", notes.getOrDefault(standard, "").strip())
                .param("by", by.email())
                .update());
    }

    /**
     * Returns the self-evaluation for more evidence on exactly the standards the assessor marked so; the applicants
     * are emailed the list and see it beside each standard.
     */
    public Map<String, String> askForMoreEvidence(long applicationId, Actor by) {
        Application a = submitted(applicationId, by);
        Map<String, String> byStandard = new LinkedHashMap<>();
        reviews(applicationId).values().stream()
                .filter(Review::moreEvidence)
                .forEach(r -> byStandard.put(r.standard(), r.note()));
        if (byStandard.isEmpty()) {
            throw new Refused(List.of("Mark the standards that need more evidence, and say what, first"));
        }
        responses.returnForChanges(
                a.responseId(),
                "More evidence is asked for on " + (byStandard.size() == 1 ? "standard " : "standards ")
                        + String.join(", ", byStandard.keySet()),
                byStandard,
                by);
        applications.move(a, a.state().askForMoreEvidence());
        jdbc.sql("delete from recognition_reviews where application_id = :id and verdict = :more")
                .param("id", applicationId)
                .param("more", Verdict.MORE_EVIDENCE.name())
                .update();
        mail.moreEvidence(a, byStandard);
        return byStandard;
    }

    /** Books (or moves) the visit; everyone involved is emailed with a calendar file. */
    public void bookVisit(long applicationId, LocalDateTime starts, int minutes, String place, Actor by) {
        Application a = submitted(applicationId, by);
        List<String> problems = new ArrayList<>();
        Instant at = starts == null ? null : starts.atZone(CalendarFile.UK).toInstant();
        if (at == null) {
            problems.add("Enter the date and time of the visit");
        } else if (!at.isAfter(clock.instant())) {
            problems.add("The visit must be in the future");
        }
        if (minutes < SHORTEST_VISIT || minutes > LONGEST_VISIT) {
            problems.add("A visit lasts from " + SHORTEST_VISIT + " to " + LONGEST_VISIT + " minutes");
        }
        if (place == null || place.isBlank()) {
            problems.add("Enter where the visit takes place, for example the lead school");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        jdbc.sql("""
                        update recognition_applications
                           set visit_starts_at = :at, visit_minutes = :minutes, visit_place = :place,
                               visit_sequence = visit_sequence + 1
                         where id = :id
                        """)
                .param("at", Timestamp.from(at))
                .param("minutes", minutes)
                .param("place", place.strip())
                .param("id", applicationId)
                .update();
        responses.note(a.responseId(), "Booked the visit for " + starts, by);
        Application booked = applications.find(applicationId).orElseThrow();
        List<RecognitionMail.Recipient> others = new ArrayList<>();
        others.add(new RecognitionMail.Recipient(a.assessorName(), a.assessorEmail()));
        if (a.specialistId() != null) {
            specialists
                    .find(a.specialistId())
                    .ifPresent(s -> others.add(new RecognitionMail.Recipient(s.name(), s.email())));
        }
        mail.visit(booked, others);
    }

    /** The assessor's findings and recommendation to the panel (awarded at a level, deferred, not awarded). */
    public void recommend(long applicationId, State outcome, String level, String findings, Actor by) {
        Application a = submitted(applicationId, by);
        List<String> problems = new ArrayList<>();
        if (outcome != State.AWARDED && outcome != State.DEFERRED && outcome != State.NOT_AWARDED) {
            problems.add("Choose the recommendation: award, defer or not award");
        }
        if (findings == null || findings.isBlank()) {
            problems.add("Enter the findings the panel reads");
        }
        if (a.visitStartsAt() == null) {
            problems.add("Book the visit before recommending");
        }
        problems.addAll(applications.scheme(a).levelProblem(level, outcome == State.AWARDED));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        jdbc.sql("""
                        update recognition_applications
                           set findings = :findings, recommendation = :outcome,
                               recommended_level = :level, recommended_by = :by, recommended_at = now()
                         where id = :id
                        """)
                .param("findings", findings.strip())
                .param("outcome", outcome.name())
                .param("level", level == null || level.isBlank() ? null : level.strip())
                .param("by", a.assessorName())
                .param("id", applicationId)
                .update();
        applications.move(a, a.state().recommend());
        responses.note(a.responseId(), "Recommended: " + outcome.label(), by);
        mail.recommended(applications.find(applicationId).orElseThrow(), outcome.label());
    }

    /** A comment by the specialist or the assessor, on a standard or (standard null) on the whole. */
    public void comment(long applicationId, String standard, String text, CommentBy role, Actor by) {
        Application a = applications.find(applicationId).orElseThrow();
        if (text == null || text.isBlank()) {
            throw new Refused(List.of("Enter a comment"));
        }
        if (text.length() > 5000) {
            throw new Refused(List.of("Enter a comment of 5,000 characters or fewer"));
        }
        String about = standard == null || standard.isBlank() ? null : standard;
        if (about != null
                && frameworks
                        .version(a.versionId())
                        .orElseThrow()
                        .framework()
                        .standard(about)
                        .isEmpty()) {
            throw new Refused(List.of("There is no standard " + about + " in the toolkit"));
        }
        jdbc.sql("""
                        insert into recognition_comments (application_id, standard, text, role, by_email, by_name)
                        values (:id, :standard, :text, :role, :email, :name)
                        """)
                .param("id", applicationId)
                .param("standard", about)
                .param("text", text.strip())
                .param("role", role.name())
                .param("email", by.email())
                .param("name", by.name())
                .update();
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(long applicationId) {
        return jdbc.sql("""
                        select standard, text, role, by_name, added_at from recognition_comments
                         where application_id = :id order by id
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new Comment(
                        rs.getString(1),
                        rs.getString(2),
                        CommentBy.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The application, if it is submitted and this is its assessor. */
    private Application submitted(long applicationId, Actor by) {
        Application a = applications.find(applicationId).orElseThrow();
        if (!a.assessedBy(by.email())) {
            throw new Refused(List.of("Only the application's assessor can do this"));
        }
        a.state().requireSubmitted();
        return a;
    }
}
