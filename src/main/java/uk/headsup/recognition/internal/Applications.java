package uk.headsup.recognition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Owner;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.recognition.Scheme;

/**
 * Applications for the schemes: a setting's or childminder's for the Kitemark, a group's for the Quality Mark; the
 * self-evaluation is a response of the engine; the panel's decision and the awards it makes.
 */
@Service
@Transactional
public class Applications {

    /** The owner kind of a group's self-evaluation in the engine. */
    static final String GROUP = "recognition group";

    private final JdbcClient jdbc;
    private final Frameworks frameworks;
    private final Responses responses;

    Applications(JdbcClient jdbc, Frameworks frameworks, Responses responses) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.responses = responses;
    }

    /** Refused, with every reason in plain words. */
    public static class Refused extends RuntimeException {
        private final List<String> reasons;

        Refused(List<String> reasons) {
            super(String.join("; ", reasons));
            this.reasons = List.copyOf(reasons);
        }

        public List<String> reasons() {
            return reasons;
        }
    }

    public enum State {
        OPEN("In progress"),
        SUBMITTED("Submitted"),
        AWARDED("Awarded"),
        DEFERRED("Deferred"),
        NOT_AWARDED("Not awarded");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The self-evaluation may still change (deferred: the panel asked for more). */
        public boolean editable() {
            return this == OPEN || this == DEFERRED;
        }
    }

    public record Application(
            long id,
            String schemeKey,
            String title,
            long leadOrganisationId,
            State state,
            long versionId,
            long responseId,
            boolean listingConsent,
            String officerAgreedBy,
            String createdBy,
            Instant createdAt,
            Instant submittedAt) {}

    /** @param status LEAD, INVITED, ACCEPTED or DECLINED */
    public record Member(long organisationId, String name, OrganisationKind kind, String district, String status) {
        public boolean joined() {
            return status.equals("LEAD") || status.equals("ACCEPTED");
        }
    }

    public record Decision(String outcome, LocalDate decidedOn, String decidedBy, String note, String recordedBy) {}

    public record Award(
            long id,
            String schemeKey,
            long organisationId,
            String name,
            OrganisationKind kind,
            String district,
            LocalDate startsOn,
            LocalDate expiresOn,
            boolean listed) {}

    /** A setting or childminder applies for the Kitemark; a childminder's consent to be listed is recorded. */
    public long applyAlone(Scheme scheme, OrganisationProfile setting, boolean listingConsent, Actor by) {
        List<String> problems = new ArrayList<>();
        if (scheme.applicants() != Scheme.Applicants.EARLY_YEARS) {
            problems.add(scheme.name() + " is for groups of primary schools, not for one organisation");
        }
        if (setting.kind() != OrganisationKind.EARLY_YEARS_SETTING && setting.kind() != OrganisationKind.CHILDMINDER) {
            problems.add(setting.name() + " is not an early years setting or childminder: the " + scheme.name()
                    + " is for them");
        }
        if (!setting.open()) {
            problems.add(setting.name() + " is closed");
        }
        liveApplication(setting.id(), scheme.key())
                .ifPresent(live -> problems.add(setting.name() + " already has a live application for the "
                        + scheme.name() + " (" + live + ")"));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        FrameworkVersion version = latest(scheme);
        boolean consent = setting.kind() != OrganisationKind.CHILDMINDER || listingConsent;
        long id = insert(scheme, setting.name(), setting.id(), version.id(), consent, by);
        addMember(id, setting, "LEAD", by);
        Response response = responses.start(
                Owner.organisation(setting.id(), setting.name(), Framework.OrganisationType.EARLY_YEARS_SETTING),
                version.id(),
                by);
        setResponse(id, response.id());
        return id;
    }

    /** A lead school proposes a group; the other schools are invited and answer by signing in. */
    public long proposeGroup(Scheme scheme, OrganisationProfile lead, List<OrganisationProfile> partners, Actor by) {
        List<GroupRules.Candidate> candidates = new ArrayList<>();
        candidates.add(new GroupRules.Candidate(
                lead, liveApplication(lead.id(), scheme.key()).orElse(null)));
        for (OrganisationProfile p : partners) {
            if (p.id() != lead.id()) {
                candidates.add(new GroupRules.Candidate(
                        p, liveApplication(p.id(), scheme.key()).orElse(null)));
            }
        }
        List<String> problems = new ArrayList<>();
        if (scheme.applicants() != Scheme.Applicants.PRIMARY_GROUP) {
            problems.add(scheme.name() + " is for early years settings and childminders, not for groups of schools");
        }
        problems.addAll(GroupRules.toPropose(candidates));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        FrameworkVersion version = latest(scheme);
        String title = "Group led by " + lead.name();
        long id = insert(scheme, title, lead.id(), version.id(), true, by);
        addMember(id, lead, "LEAD", by);
        for (GroupRules.Candidate c : candidates.subList(1, candidates.size())) {
            addMember(id, c.school(), "INVITED", null);
        }
        Response response = responses.start(new Owner(GROUP, id, title, null), version.id(), by);
        setResponse(id, response.id());
        return id;
    }

    /** An invited school's head accepts or declines; a school that accepts must have no other live application. */
    public void answer(long applicationId, long organisationId, boolean accept, Actor by) {
        Application a = find(applicationId).orElseThrow();
        if (accept) {
            liveApplication(organisationId, a.schemeKey()).ifPresent(live -> {
                throw new Refused(List.of("Your school already has a live application for this scheme (" + live
                        + "): a school can be in one live application per scheme"));
            });
        }
        int changed = jdbc.sql("""
                        update recognition_members set status = :status, answered_by = :by, answered_at = now()
                         where application_id = :id and organisation_id = :org and status = 'INVITED'
                        """)
                .param("status", accept ? "ACCEPTED" : "DECLINED")
                .param("by", by.email())
                .param("id", applicationId)
                .param("org", organisationId)
                .update();
        if (changed == 0) {
            throw new Refused(List.of("This invitation has already been answered"));
        }
        responses.note(
                a.responseId(), memberName(applicationId, organisationId) + (accept ? " joined" : " declined"), by);
    }

    /** The schemes officer agrees to a group of more than six. */
    public void agreeLargeGroup(long applicationId, Actor by) {
        jdbc.sql("update recognition_applications set officer_agreed_by = :by where id = :id")
                .param("by", by.name())
                .param("id", applicationId)
                .update();
        responses.note(find(applicationId).orElseThrow().responseId(), "Agreed a group of more than six", by);
    }

    /** Submits, or returns what stops it and changes nothing. */
    public List<String> submit(long applicationId, Actor by) {
        Application a = find(applicationId).orElseThrow();
        List<String> problems = new ArrayList<>();
        if (!a.state().editable()) {
            return List.of("It has been submitted already");
        }
        if (isGroup(a)) {
            problems.addAll(GroupRules.toSubmit(
                    members(applicationId).stream()
                            .filter(Member::joined)
                            .map(Member::name)
                            .toList(),
                    a.officerAgreedBy() != null));
        }
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        Map<String, Answer> answers = responses.answers(a.responseId());
        for (Framework.Standard s : framework.standards()) {
            Answer answer = answers.get(s.number());
            if (answer == null || answer.rating() == null) {
                problems.add("Rate standard " + s.number() + ": " + s.statement());
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<String> engine = responses.submit(a.responseId(), by).stream()
                .map(Response.SubmitProblem::message)
                .toList();
        if (!engine.isEmpty()) {
            return engine;
        }
        jdbc.sql("update recognition_applications set state = 'SUBMITTED', submitted_at = now() where id = :id")
                .param("id", applicationId)
                .update();
        return List.of();
    }

    /** The panel's decision, recorded by the officer; an award for every school or setting of the application. */
    public void decide(long applicationId, State outcome, LocalDate on, String decidedBy, String note, Actor by) {
        Application a = find(applicationId).orElseThrow();
        if (a.state() != State.SUBMITTED) {
            throw new Refused(List.of("A decision is recorded on a submitted application; this one is "
                    + a.state().label().toLowerCase()));
        }
        if (outcome != State.AWARDED && outcome != State.DEFERRED && outcome != State.NOT_AWARDED) {
            throw new Refused(List.of("Choose awarded, deferred or not awarded"));
        }
        jdbc.sql("""
                        insert into recognition_decisions (application_id, outcome, decided_on, decided_by, note, recorded_by)
                        values (:id, :outcome, :on, :decidedBy, :note, :by)
                        """)
                .param("id", applicationId)
                .param("outcome", outcome.name())
                .param("on", on)
                .param("decidedBy", decidedBy)
                .param("note", note == null ? "" : note)
                .param("by", by.email())
                .update();
        jdbc.sql("update recognition_applications set state = :state where id = :id")
                .param("state", outcome.name())
                .param("id", applicationId)
                .update();
        String said = outcome.label() + " by " + decidedBy + " on " + on;
        if (outcome == State.AWARDED) {
            int years = jdbc.sql("select award_years from recognition_schemes where key = :key")
                    .param("key", a.schemeKey())
                    .query(Integer.class)
                    .single();
            for (Member m : members(applicationId)) {
                if (m.joined()) {
                    jdbc.sql("""
                                    insert into recognition_awards (application_id, scheme_key, organisation_id, name,
                                        organisation_kind, district, starts_on, expires_on, listed)
                                    values (:id, :scheme, :org, :name, :kind, :district, :starts, :expires, :listed)
                                    """)
                            .param("id", applicationId)
                            .param("scheme", a.schemeKey())
                            .param("org", m.organisationId())
                            .param("name", m.name())
                            .param("kind", m.kind().name())
                            .param("district", m.district())
                            .param("starts", on)
                            .param("expires", on.plusYears(years))
                            .param("listed", m.kind() != OrganisationKind.CHILDMINDER || a.listingConsent())
                            .update();
                }
            }
            responses.accept(a.responseId(), said, Map.of(), by);
        } else if (outcome == State.DEFERRED) {
            responses.returnForChanges(a.responseId(), said + (note == null ? "" : ". " + note), Map.of(), by);
        } else {
            responses.note(a.responseId(), said, by);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Application> find(long id) {
        return jdbc.sql("select * from recognition_applications where id = :id")
                .param("id", id)
                .query(this::application)
                .optional();
    }

    /** The applications these organisations are members of (invited included), newest first. */
    @Transactional(readOnly = true)
    public List<Application> ofOrganisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from recognition_applications a
                         where exists (select 1 from recognition_members m
                                        where m.application_id = a.id and m.organisation_id in (:ids))
                         order by a.created_at desc, a.id desc
                        """)
                .param("ids", organisationIds)
                .query(this::application)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Application> all() {
        return jdbc.sql("select * from recognition_applications order by created_at desc, id desc")
                .query(this::application)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Member> members(long applicationId) {
        return jdbc.sql("""
                        select organisation_id, name, organisation_kind, district, status from recognition_members
                         where application_id = :id order by status = 'LEAD' desc, name
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new Member(
                        rs.getLong(1),
                        rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(long applicationId) {
        return jdbc.sql("""
                        select outcome, decided_on, decided_by, note, recorded_by from recognition_decisions
                         where application_id = :id order by id
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new Decision(
                        State.valueOf(rs.getString(1)).label(),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Award> awards(long applicationId) {
        return jdbc.sql("select * from recognition_awards where application_id = :id order by name")
                .param("id", applicationId)
                .query(Applications::award)
                .list();
    }

    /** Listed awards in force on a date, filtered by what is given (null for any), by district then name. */
    @Transactional(readOnly = true)
    public List<Award> register(LocalDate on, String district, OrganisationKind kind, String scheme) {
        return jdbc.sql("""
                        select * from recognition_awards
                         where listed and withdrawn_on is null and starts_on <= :on and expires_on > :on
                           and (cast(:district as text) is null or district = :district)
                           and (cast(:kind as text) is null or organisation_kind = :kind)
                           and (cast(:scheme as text) is null or scheme_key = :scheme)
                         order by district, name
                        """)
                .param("on", on)
                .param("district", district)
                .param("kind", kind == null ? null : kind.name())
                .param("scheme", scheme)
                .query(Applications::award)
                .list();
    }

    /** Whether the application is a group's (its scheme is for groups of schools). */
    @Transactional(readOnly = true)
    public boolean isGroup(Application a) {
        return jdbc.sql("select applicants from recognition_schemes where key = :key")
                .param("key", a.schemeKey())
                .query(String.class)
                .single()
                .equals(Scheme.Applicants.PRIMARY_GROUP.name());
    }

    private static Award award(ResultSet rs, int row) throws SQLException {
        return new Award(
                rs.getLong("id"),
                rs.getString("scheme_key"),
                rs.getLong("organisation_id"),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("organisation_kind")),
                rs.getString("district"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                rs.getBoolean("listed"));
    }

    private Application application(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Application(
                rs.getLong("id"),
                rs.getString("scheme_key"),
                rs.getString("title"),
                rs.getLong("lead_organisation_id"),
                State.valueOf(rs.getString("state")),
                rs.getLong("version_id"),
                rs.getLong("response_id"),
                rs.getBoolean("listing_consent"),
                rs.getString("officer_agreed_by"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }

    private Optional<String> liveApplication(long organisationId, String schemeKey) {
        return jdbc.sql("""
                        select a.title from recognition_applications a
                          join recognition_members m on m.application_id = a.id
                         where m.organisation_id = :org and a.scheme_key = :scheme
                           and a.state in ('OPEN', 'SUBMITTED', 'DEFERRED') and m.status in ('LEAD', 'ACCEPTED')
                         limit 1
                        """)
                .param("org", organisationId)
                .param("scheme", schemeKey)
                .query(String.class)
                .optional();
    }

    private FrameworkVersion latest(Scheme scheme) {
        List<FrameworkVersion> versions = frameworks.versions(scheme.frameworkKey());
        if (versions.isEmpty()) {
            throw new Refused(List.of("The " + scheme.name() + " has no toolkit yet: ask the schemes officer"));
        }
        return versions.get(0);
    }

    private long insert(Scheme scheme, String title, long lead, long versionId, boolean consent, Actor by) {
        return jdbc.sql("""
                        insert into recognition_applications (scheme_key, title, lead_organisation_id, version_id,
                            listing_consent, consent_by, consent_at, created_by)
                        values (:scheme, :title, :lead, :version, :consent, :consentBy,
                            case when :consent then now() end, :by)
                        returning id
                        """)
                .param("scheme", scheme.key())
                .param("title", title)
                .param("lead", lead)
                .param("version", versionId)
                .param("consent", consent)
                .param("consentBy", consent ? by.email() : null)
                .param("by", by.email())
                .query(Long.class)
                .single();
    }

    private void addMember(long applicationId, OrganisationProfile o, String status, Actor by) {
        jdbc.sql("""
                        insert into recognition_members (application_id, organisation_id, name, organisation_kind, district,
                            status, answered_by, answered_at)
                        values (:id, :org, :name, :kind, :district, :status, :by, case when :answered then now() end)
                        """)
                .param("id", applicationId)
                .param("org", o.id())
                .param("name", o.name())
                .param("kind", o.kind().name())
                .param("district", o.district())
                .param("status", status)
                .param("by", by == null ? null : by.email())
                .param("answered", by != null)
                .update();
    }

    private void setResponse(long id, long responseId) {
        jdbc.sql("update recognition_applications set response_id = :response where id = :id")
                .param("response", responseId)
                .param("id", id)
                .update();
    }

    private String memberName(long applicationId, long organisationId) {
        return jdbc.sql("select name from recognition_members where application_id = :id and organisation_id = :org")
                .param("id", applicationId)
                .param("org", organisationId)
                .query(String.class)
                .single();
    }
}
