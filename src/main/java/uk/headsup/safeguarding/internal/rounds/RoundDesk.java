package uk.headsup.safeguarding.internal.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Framework.OrganisationType;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Audience;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationFacts;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.platform.Site;
import uk.headsup.safeguarding.SafeguardingRecords;

/** Opening a round (every organisation that must return, invited) and chasing the organisations yet to return. */
@Service
public class RoundDesk {

    public static final String FRAMEWORK = SafeguardingRecords.FRAMEWORK;
    public static final String TOPIC = "safeguarding-audit";
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Rounds rounds;
    private final Frameworks frameworks;
    private final Responses responses;
    private final Directory directory;
    private final Mailshots mailshots;
    private final Site site;

    RoundDesk(
            Rounds rounds,
            Frameworks frameworks,
            Responses responses,
            Directory directory,
            Mailshots mailshots,
            Site site) {
        this.rounds = rounds;
        this.frameworks = frameworks;
        this.responses = responses;
        this.directory = directory;
        this.mailshots = mailshots;
        this.site = site;
    }

    public List<FrameworkVersion> versions() {
        return frameworks.versions(FRAMEWORK);
    }

    /**
     * Opens a round: one return for every open school (academies, independent schools and PRUs included) and, if
     * asked, every early years setting; the invitation goes to each one's DSL and headteacher.
     *
     * @return the round's id
     */
    @Transactional
    public long open(String title, long versionId, LocalDate first, LocalDate last, boolean earlyYears, String by) {
        return open(title, versionId, first, last, earlyYears, by, true);
    }

    @Transactional
    public long open(
            String title,
            long versionId,
            LocalDate first,
            LocalDate last,
            boolean earlyYears,
            String by,
            boolean invite) {
        frameworks.version(versionId).orElseThrow();
        long roundId = rounds.add(title, versionId, first, last, earlyYears, by);
        Audience schools = earlyYears
                ? Audience.everyone().ofKinds(OrganisationKind.SCHOOL, OrganisationKind.EARLY_YEARS_SETTING)
                : Audience.everyone().ofKinds(OrganisationKind.SCHOOL);
        List<OrganisationFacts> organisations = directory.organisations(schools);
        for (OrganisationFacts o : organisations) {
            rounds.addReturn(roundId, o, typeOf(o));
        }
        Set<Long> ids = organisations.stream().map(OrganisationFacts::id).collect(Collectors.toSet());
        if (invite && !ids.isEmpty()) {
            mailshots.startNotice(
                    "safeguarding-round:" + roundId,
                    "Invitation: " + title,
                    new Notice(
                            title + ": your school's return is due by " + DAY.format(first),
                            "The authority's annual safeguarding audit is open. Your designated safeguarding lead"
                                    + " (or the headteacher) completes the return: your setting's details, and the"
                                    + " safeguarding courses your staff attended through Heads Up, are filled in"
                                    + " already.\n\nPlease return it by "
                                    + DAY.format(first) + ". The final deadline is " + DAY.format(last)
                                    + ". The headteacher and a governor then sign it off by an emailed link.",
                            "Start your return",
                            site.link("/safeguarding/my"),
                            "safeguarding-round:" + roundId),
                    TOPIC,
                    Recipients.of(Audience.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER), ids),
                    by);
        }
        return roundId;
    }

    /** The kind of organisation a standard may be limited to, from the directory's kind and GIAS type. */
    static OrganisationType typeOf(OrganisationFacts o) {
        if (o.kind() != OrganisationKind.SCHOOL) {
            return OrganisationType.EARLY_YEARS_SETTING;
        }
        String type = o.establishmentType() == null ? "" : o.establishmentType().toLowerCase(Locale.ROOT);
        if (type.contains("academy") || type.contains("free school")) {
            return OrganisationType.ACADEMY;
        }
        if (type.contains("independent") || type.contains("non-maintained")) {
            return OrganisationType.INDEPENDENT_SCHOOL;
        }
        if (type.contains("pupil referral") || type.contains("alternative provision")) {
            return OrganisationType.PUPIL_REFERRAL_UNIT;
        }
        return OrganisationType.MAINTAINED_SCHOOL;
    }

    /**
     * A return with where it stands.
     *
     * @param changedAt when its response last changed (an answer saved or a transition), or null if not started
     * @param submittedAt when its response was last submitted, or null if it has not been
     */
    public record Row(
            AuditReturn auditReturn, ReturnState state, boolean late, Instant changedAt, Instant submittedAt) {}

    public List<Row> rows(Round round) {
        Map<Long, Response> byId = new HashMap<>();
        responses.toVersion(round.versionId()).forEach(r -> byId.put(r.id(), r));
        List<Row> rows = new ArrayList<>();
        for (AuditReturn r : rounds.returns(round.id())) {
            Response response = r.responseId() == null ? null : byId.get(r.responseId());
            ReturnState state = ReturnState.of(response == null ? null : response.state(), r.signedOff());
            rows.add(new Row(
                    r,
                    state,
                    response != null && round.late(response.submittedAt()),
                    response == null ? null : response.updatedAt(),
                    response == null ? null : response.submittedAt()));
        }
        return rows;
    }

    /**
     * Reminds exactly the DSLs and heads of the organisations yet to return, as one mailing notice; a second click
     * the same day adds nothing.
     */
    @Transactional
    public MailshotStarted chase(Round round, String by, LocalDate today) {
        Set<Long> outstanding = rows(round).stream()
                .filter(r -> r.state().outstanding())
                .map(r -> r.auditReturn().organisationId())
                .collect(Collectors.toSet());
        LocalDate due = today.isAfter(round.firstDeadline()) ? round.finalDeadline() : round.firstDeadline();
        return mailshots.startNotice(
                "safeguarding-chase:" + round.id() + ":" + today,
                "Reminder: " + round.title(),
                new Notice(
                        "Reminder: your safeguarding audit return is due by " + DAY.format(due),
                        "We have not yet received your school's safeguarding audit return. Please complete it, and"
                                + " ask the headteacher and a governor to sign it off, by " + DAY.format(due) + ".",
                        "Go to your return",
                        site.link("/safeguarding/my"),
                        "safeguarding-chase:" + round.id()),
                TOPIC,
                Recipients.of(
                        Audience.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER),
                        outstanding.isEmpty() ? Set.of(-1L) : outstanding),
                by);
    }

    static final Set<ReturnState> ALL = EnumSet.allOf(ReturnState.class);
}
