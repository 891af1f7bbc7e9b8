package uk.headsup.recognition.internal.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
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
import uk.headsup.directory.Organisations;
import uk.headsup.directory.Partners;
import uk.headsup.directory.Phase;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;

/**
 * Applications for the schemes: a setting's or childminder's for the Kitemark, a group's for the Quality Mark; the
 * self-evaluation is a response of the engine; the panel's decision, which the awards package hears of
 * ({@link ApplicationAwarded}) to make the awards.
 */
@Service
@Transactional
public class Applications {

    /** The owner kind of a group's self-evaluation in the engine. */
    static final String GROUP = "recognition group";

    /** The owner kind of one setting's or department's self-evaluation in the engine: the application owns it. */
    static final String APPLICATION = "recognition application";

    private final JdbcClient jdbc;
    private final Frameworks frameworks;
    private final Responses responses;
    private final Partners partners;
    private final Organisations organisations;
    private final RecognitionMail mail;
    private final RecognitionSchemes schemes;
    private final AwardsMade awardsMade;
    private final ApplicationEventPublisher published;

    Applications(
            RecognitionSchemes schemes,
            AwardsMade awardsMade,
            ApplicationEventPublisher published,
            JdbcClient jdbc,
            Frameworks frameworks,
            Responses responses,
            Partners partners,
            Organisations organisations,
            RecognitionMail mail) {
        this.schemes = schemes;
        this.awardsMade = awardsMade;
        this.published = published;
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.responses = responses;
        this.partners = partners;
        this.organisations = organisations;
        this.mail = mail;
    }

    /** Refused, with every reason in plain words. */
    public static class Refused extends RuntimeException {
        private final List<String> reasons;

        public Refused(List<String> reasons) {
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
        MORE_EVIDENCE("More evidence asked for"),
        RECOMMENDED("Recommended to the panel"),
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

        /** The self-evaluation may still change (the assessor asked for more evidence; the panel deferred). */
        public boolean editable() {
            return this == OPEN || this == MORE_EVIDENCE || this == DEFERRED;
        }

        /** Still going: a school or setting can be in one live application per scheme (and department). */
        public boolean live() {
            return this != AWARDED && this != NOT_AWARDED;
        }

        /** The applicants submit while the self-evaluation may change. */
        public State submit() {
            if (!editable()) {
                throw new Refused(List.of("It has been submitted already"));
            }
            return SUBMITTED;
        }

        /** The assessor works on a submitted application only. */
        public State requireSubmitted() {
            if (this != SUBMITTED) {
                throw new Refused(List.of("The assessor works on a submitted application; this one is "
                        + label.toLowerCase(java.util.Locale.UK)));
            }
            return this;
        }

        /** The assessor returns a submitted application for more evidence. */
        public State askForMoreEvidence() {
            requireSubmitted();
            return MORE_EVIDENCE;
        }

        /** The assessor recommends a submitted application to the panel. */
        public State recommend() {
            requireSubmitted();
            return RECOMMENDED;
        }

        /** Submitted or recommended: the panel may decide it. */
        public boolean awaitsDecision() {
            return this == SUBMITTED || this == RECOMMENDED;
        }

        /** The panel decides a submitted or recommended application: awarded, deferred or not awarded. */
        public State decide(State outcome) {
            if (!awaitsDecision()) {
                throw new Refused(List.of("A decision is recorded on a submitted application; this one is "
                        + label.toLowerCase(java.util.Locale.UK)));
            }
            if (outcome != AWARDED && outcome != DEFERRED && outcome != NOT_AWARDED) {
                throw new Refused(List.of("Choose awarded, deferred or not awarded"));
            }
            return outcome;
        }
    }

    /** The states of a live application, for queries. */
    static final List<String> LIVE = java.util.Arrays.stream(State.values())
            .filter(State::live)
            .map(State::name)
            .toList();

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
            Instant submittedAt,
            String department,
            boolean specialistRequested,
            String specialistRequest,
            Long specialistId,
            String assessorEmail,
            String assessorName,
            Instant visitStartsAt,
            Integer visitMinutes,
            String visitPlace,
            int visitSequence,
            String findings,
            State recommendation,
            String recommendedLevel,
            String recommendedBy) {

        /** A department or faculty of a secondary school applying on its own. */
        public boolean forDepartment() {
            return department != null;
        }

        /** Whether this person (by sign-in email) is the application's assessor. */
        public boolean assessedBy(String email) {
            return assessorEmail != null && assessorEmail.equalsIgnoreCase(email);
        }
    }

    /** Where a school stands in an application, and the moves it may make from there. */
    public enum Membership {
        LEAD("Lead school"),
        INVITED("Invited"),
        ACCEPTED("Joined"),
        DECLINED("Declined"),
        LEFT("Left the group");

        private final String label;

        Membership(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean joined() {
            return this == LEAD || this == ACCEPTED;
        }

        /** Its staff may see the application: it applies, or it is invited and deciding. */
        public boolean applying() {
            return joined() || this == INVITED;
        }

        /** The names of the memberships {@code rule} picks, for a query's {@code where status in (...)}. */
        public static List<String> namesWhere(Predicate<Membership> rule) {
            return Arrays.stream(values()).filter(rule).map(Membership::name).toList();
        }

        /** The invited school's head answers; an invitation is answered once. */
        public Membership answer(boolean accept) {
            if (this != INVITED) {
                throw new Refused(List.of("This invitation has already been answered"));
            }
            return accept ? ACCEPTED : DECLINED;
        }

        /** Invited and not yet answered. */
        public boolean isInvited() {
            return this == INVITED;
        }

        /** Joined by accepting an invitation (not the lead school): it may leave. */
        public boolean isAccepted() {
            return this == ACCEPTED;
        }

        /** Was in the group or invited to it, and is not: it declined or left. */
        public boolean gone() {
            return this == DECLINED || this == LEFT;
        }

        public boolean isLeft() {
            return this == LEFT;
        }

        /** A school that joined leaves; the lead school cannot. */
        public Membership leave() {
            if (this != ACCEPTED) {
                throw new Refused(List.of("Only a school that joined can leave; the lead school cannot"));
            }
            return LEFT;
        }

        /** Invited again: only a school that declined or left (one in the group already is not invited twice). */
        public Membership inviteAgain() {
            if (this != DECLINED && this != LEFT) {
                throw new Refused(List.of("Choose a school to invite that is not in the group already"));
            }
            return INVITED;
        }
    }

    public record Member(
            long organisationId,
            String name,
            OrganisationKind kind,
            String district,
            Membership status,
            String answeredBy,
            Instant answeredAt) {
        public boolean joined() {
            return status.joined();
        }

        /** Its staff may see the application: it applies, or it is invited and deciding. */
        public boolean applying() {
            return status.applying();
        }

        public String statusLabel() {
            return status.label();
        }
    }

    public record Decision(
            State state, LocalDate decidedOn, String decidedBy, String note, String recordedBy, String level) {

        /** The panel's decision in words ("Deferred"). */
        public String outcome() {
            return state.label();
        }

        /** The panel will look again once the actions in its note are done. */
        public boolean deferred() {
            return state == State.DEFERRED;
        }
    }

    /** A setting or childminder applies for the Kitemark; a childminder's consent to be listed is recorded. */
    public long applyAlone(Scheme scheme, OrganisationProfile setting, boolean listingConsent, Actor by) {
        List<String> problems = new ArrayList<>();
        if (!scheme.admits(Scheme.Applicants.EARLY_YEARS)) {
            problems.add("The " + scheme.name() + " is not for early years settings and childminders: it is for "
                    + scheme.applicantsInWords().toLowerCase(java.util.Locale.UK));
        }
        if (setting.kind() != OrganisationKind.EARLY_YEARS_SETTING && setting.kind() != OrganisationKind.CHILDMINDER) {
            problems.add(setting.name() + " is not an early years setting or childminder: the " + scheme.name()
                    + " is for them");
        }
        if (!setting.open()) {
            problems.add(setting.name() + " is closed");
        }
        liveApplication(setting.id(), scheme.key(), null, 0)
                .ifPresent(live -> problems.add(setting.name() + " already has a live application for the "
                        + scheme.name() + " (" + live + ")"));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        FrameworkVersion version = latest(scheme);
        boolean consent = setting.kind() != OrganisationKind.CHILDMINDER || listingConsent;
        long id = insert(scheme, setting.name(), setting.id(), version.id(), consent, null, by);
        addMember(id, setting, Membership.LEAD, by);
        start(id, setting.name(), Framework.OrganisationType.EARLY_YEARS_SETTING, version, by);
        return id;
    }

    /**
     * A department or faculty of a secondary school applies for the Quality Mark on its own; several departments of
     * one school may each hold it, but one department has one live application.
     */
    public long applyForDepartment(Scheme scheme, OrganisationProfile school, String department, Actor by) {
        String named = department == null ? "" : department.strip();
        List<String> problems = new ArrayList<>();
        if (!scheme.admits(Scheme.Applicants.SECONDARY_DEPARTMENT)) {
            problems.add("The " + scheme.name() + " is not for departments of secondary schools: it is for "
                    + scheme.applicantsInWords().toLowerCase(java.util.Locale.UK));
        }
        if (school.kind() != OrganisationKind.SCHOOL || !secondary(school)) {
            problems.add(school.name() + " is not a secondary school: departments and faculties of secondary schools"
                    + " apply on their own, primary schools apply as a group");
        } else if (!school.open()) {
            problems.add(school.name() + " is closed");
        }
        if (named.isEmpty()) {
            problems.add("Enter the department or faculty, for example Mathematics or Creative arts faculty");
        } else if (named.length() > 100) {
            problems.add("Enter the department or faculty in 100 characters or fewer");
        } else {
            liveApplication(school.id(), scheme.key(), named, 0)
                    .ifPresent(live -> problems.add(school.name() + "'s " + named
                            + " already has a live application for the " + scheme.name() + " (" + live
                            + "): a department has one live application at a time"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        FrameworkVersion version = latest(scheme);
        String title = school.name() + ": " + named;
        long id = insert(scheme, title, school.id(), version.id(), true, named, by);
        addMember(id, school, Membership.LEAD, by);
        start(id, title, null, version, by);
        return id;
    }

    /** A school whose departments and faculties apply on their own. */
    public static boolean secondary(OrganisationProfile school) {
        return school.phase() == Phase.SECONDARY
                || school.phase() == Phase.MIDDLE_DEEMED_SECONDARY
                || school.phase() == Phase.ALL_THROUGH;
    }

    /**
     * The application's own self-evaluation: a new response each time, owned by the application, so that applying
     * again after an application ended starts afresh instead of finding the last one, locked.
     */
    private void start(
            long applicationId, String name, Framework.OrganisationType type, FrameworkVersion version, Actor by) {
        Response response = responses.start(new Owner(APPLICATION, applicationId, name, type), version.id(), by);
        setResponse(applicationId, response.id());
    }

    /** A lead school proposes a group; the other schools are invited and answer by signing in. */
    public long proposeGroup(Scheme scheme, OrganisationProfile lead, List<OrganisationProfile> partners, Actor by) {
        List<OrganisationProfile> all = new ArrayList<>(List.of(lead));
        partners.stream().filter(p -> p.id() != lead.id()).forEach(all::add);
        Map<Long, Set<Long>> clusters =
                this.partners.clusters(all.stream().map(OrganisationProfile::id).toList());
        List<GroupRules.Candidate> candidates = new ArrayList<>();
        for (OrganisationProfile p : all) {
            candidates.add(new GroupRules.Candidate(
                    p, liveApplication(p.id(), scheme.key(), null, 0).orElse(null), clusters.get(p.id())));
        }
        List<String> problems = new ArrayList<>();
        if (!scheme.admits(Scheme.Applicants.PRIMARY_GROUP)) {
            problems.add("The " + scheme.name() + " is not for groups of primary schools: it is for "
                    + scheme.applicantsInWords().toLowerCase(java.util.Locale.UK));
        }
        problems.addAll(GroupRules.toPropose(candidates, scheme.groupSize()));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        FrameworkVersion version = latest(scheme);
        String title = "Group led by " + lead.name();
        long id = insert(scheme, title, lead.id(), version.id(), true, null, by);
        addMember(id, lead, Membership.LEAD, by);
        for (GroupRules.Candidate c : candidates.subList(1, candidates.size())) {
            addMember(id, c.school(), Membership.INVITED, null);
        }
        Response response = responses.start(new Owner(GROUP, id, title, null), version.id(), by);
        setResponse(id, response.id());
        mail.invitations(
                find(id).orElseThrow(),
                candidates.subList(1, candidates.size()).stream()
                        .map(c -> c.school().id())
                        .toList());
        return id;
    }

    /**
     * The lead invites more schools, such as one in the place of a school that declined or left; the group with
     * them must still keep every rule. A school that declined may be invited again.
     */
    public void invite(long applicationId, List<OrganisationProfile> schools, Actor by) {
        Application a = find(applicationId).orElseThrow();
        if (!a.state().editable()) {
            throw new Refused(List.of("Schools can be invited until the group submits; it is "
                    + a.state().label().toLowerCase()));
        }
        List<Member> members = members(applicationId);
        List<Long> current = members.stream()
                .filter(Member::applying)
                .map(Member::organisationId)
                .toList();
        List<OrganisationProfile> added =
                schools.stream().filter(s -> !current.contains(s.id())).toList();
        if (added.isEmpty()) {
            throw new Refused(List.of("Choose a school to invite that is not in the group already"));
        }
        List<Long> ids = new ArrayList<>(current);
        added.forEach(s -> ids.add(s.id()));
        Map<Long, Set<Long>> clusters = partners.clusters(ids);
        Map<Long, OrganisationProfile> profiles = new java.util.HashMap<>();
        organisations.organisations(current).forEach(o -> profiles.put(o.id(), o));
        List<GroupRules.Candidate> candidates = new ArrayList<>();
        OrganisationProfile lead = profiles.get(a.leadOrganisationId());
        candidates.add(new GroupRules.Candidate(lead, null, clusters.get(lead.id())));
        for (Long id : current) {
            // A member that GIAS shows closed is being replaced: it does not stop the invitation.
            if (id != a.leadOrganisationId()
                    && profiles.containsKey(id)
                    && profiles.get(id).open()) {
                candidates.add(new GroupRules.Candidate(profiles.get(id), null, clusters.get(id)));
            }
        }
        for (OrganisationProfile s : added) {
            candidates.add(new GroupRules.Candidate(
                    s,
                    liveApplication(s.id(), a.schemeKey(), null, applicationId).orElse(null),
                    clusters.get(s.id())));
        }
        List<String> problems = GroupRules.toPropose(candidates, scheme(a).groupSize());
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Map<Long, Membership> before = new java.util.HashMap<>();
        members.forEach(m -> before.put(m.organisationId(), m.status()));
        for (OrganisationProfile s : added) {
            Membership invited = before.containsKey(s.id()) ? before.get(s.id()).inviteAgain() : Membership.INVITED;
            jdbc.sql("""
                            insert into recognition_members (application_id, organisation_id, name, organisation_kind,
                                district, status)
                            values (:id, :org, :name, :kind, :district, :status)
                            on conflict (application_id, organisation_id) do update
                               set status = excluded.status, answered_by = null, answered_at = null
                            """)
                    .param("status", invited.name())
                    .param("id", applicationId)
                    .param("org", s.id())
                    .param("name", s.name())
                    .param("kind", s.kind().name())
                    .param("district", s.district())
                    .update();
            responses.note(a.responseId(), "Invited " + s.name(), by);
        }
        mail.invitations(a, added.stream().map(OrganisationProfile::id).toList());
    }

    /** A school that joined leaves the group before the decision; the lead and the officer see it. */
    public void leave(long applicationId, long organisationId, Actor by) {
        Application a = find(applicationId).orElseThrow();
        if (!a.state().live()) {
            throw new Refused(List.of("The panel has decided: the group can no longer change"));
        }
        moveMember(applicationId, organisationId, Membership::leave, by);
        String school = memberName(applicationId, organisationId);
        responses.note(a.responseId(), school + " left the group", by);
        mail.memberGone(a, school, false);
    }

    /**
     * A school of live applications has closed (GIAS): each application's log records it and the officers and the
     * lead school are emailed. A replayed event finds the note already made and sends nothing twice.
     */
    public void memberClosed(long organisationId, String name, Actor by) {
        List<Application> live = ofOrganisations(List.of(organisationId)).stream()
                .filter(a -> a.state().live())
                .toList();
        for (Application a : live) {
            String note = name + " has closed (GIAS)";
            boolean told = responses.log(a.responseId()).stream().anyMatch(e -> note.equals(e.what()));
            if (!told) {
                responses.note(a.responseId(), note, by);
                mail.memberGone(a, name, true);
            }
        }
    }

    /** An invited school's head accepts or declines; a school that accepts must have no other live application. */
    public void answer(long applicationId, long organisationId, boolean accept, Actor by) {
        Application a = find(applicationId).orElseThrow();
        if (accept) {
            liveApplication(organisationId, a.schemeKey(), null, applicationId).ifPresent(live -> {
                throw new Refused(List.of("Your school already has a live application for this scheme (" + live
                        + "): a school can be in one live application per scheme"));
            });
        }
        moveMember(applicationId, organisationId, m -> m.answer(accept), by);
        responses.note(
                a.responseId(), memberName(applicationId, organisationId) + (accept ? " joined" : " declined"), by);
    }

    /** The schemes officer agrees to a group larger than the scheme's group size allows without agreement. */
    public void agreeLargeGroup(long applicationId, Actor by) {
        jdbc.sql("update recognition_applications set officer_agreed_by = :by where id = :id")
                .param("by", by.name())
                .param("id", applicationId)
                .update();
        responses.note(
                find(applicationId).orElseThrow().responseId(),
                "Agreed a group of more than "
                        + scheme(find(applicationId).orElseThrow()).groupSize().largest(),
                by);
    }

    /** Submits, or returns what stops it and changes nothing. */
    public List<String> submit(long applicationId, Actor by) {
        Application a = find(applicationId).orElseThrow();
        List<String> problems = new ArrayList<>();
        if (!a.state().editable()) {
            return List.of("It has been submitted already");
        }
        if (!a.state().live()) {
            return List.of("The panel has decided on this application: apply again to start a new one");
        }
        if (isGroup(a)) {
            problems.addAll(GroupRules.toSubmit(
                    members(applicationId).stream()
                            .filter(Member::joined)
                            .map(Member::name)
                            .toList(),
                    a.officerAgreedBy() != null,
                    scheme(a).groupSize()));
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
        move(a, a.state().submit());
        jdbc.sql("update recognition_applications set submitted_at = now() where id = :id")
                .param("id", applicationId)
                .update();
        return List.of();
    }

    /** The panel's decision, recorded by the officer; an award for every school or setting of the application. */
    public void decide(long applicationId, State outcome, LocalDate on, String decidedBy, String note, Actor by) {
        decide(applicationId, outcome, null, on, decidedBy, note, by);
    }

    /**
     * The panel's decision, with the level awarded if the scheme has levels, recorded by the officer after the
     * assessor's recommendation (or straight after submission); the applicants are emailed the outcome with its
     * letter.
     */
    public void decide(
            long applicationId, State outcome, String level, LocalDate on, String decidedBy, String note, Actor by) {
        Application a = find(applicationId).orElseThrow();
        State decided = a.state().decide(outcome);
        List<String> levelProblem = scheme(a).levelProblem(level, outcome == State.AWARDED);
        if (!levelProblem.isEmpty()) {
            throw new Refused(levelProblem);
        }
        jdbc.sql("""
                        insert into recognition_decisions (application_id, outcome, decided_on, decided_by, note,
                            recorded_by, level)
                        values (:id, :outcome, :on, :decidedBy, :note, :by, :level)
                        """)
                .param("level", outcome != State.AWARDED || level == null || level.isBlank() ? null : level.strip())
                .param("id", applicationId)
                .param("outcome", outcome.name())
                .param("on", on)
                .param("decidedBy", decidedBy)
                .param("note", note == null ? "" : note)
                .param("by", by.email())
                .update();
        move(a, decided);
        String said = outcome.label() + " by " + decidedBy + " on " + on;
        if (outcome == State.AWARDED) {
            published.publishEvent(new ApplicationAwarded(a, on));
            responses.accept(a.responseId(), said, Map.of(), by);
        } else if (outcome == State.DEFERRED) {
            responses.returnForChanges(a.responseId(), said + (note == null ? "" : ". " + note), Map.of(), by);
        } else {
            responses.note(a.responseId(), said, by);
        }
        List<Decision> all = decisions(applicationId);
        mail.outcome(find(applicationId).orElseThrow(), all.get(all.size() - 1));
    }

    @Transactional(readOnly = true)
    public Optional<Application> find(long id) {
        return jdbc.sql("select * from recognition_applications where id = :id")
                .param("id", id)
                .query(this::application)
                .optional();
    }

    /** The applications these organisations apply in (invited included, not declined or left), newest first. */
    @Transactional(readOnly = true)
    public List<Application> ofOrganisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from recognition_applications a
                         where exists (select 1 from recognition_members m
                                        where m.application_id = a.id and m.organisation_id in (:ids)
                                          and m.status in (:applying))
                         order by a.created_at desc, a.id desc
                        """)
                .param("applying", Membership.namesWhere(Membership::applying))
                .param("ids", organisationIds)
                .query(this::application)
                .list();
    }

    /** The applications this person (by sign-in email) assesses or helps as specialist, newest first. */
    @Transactional(readOnly = true)
    public List<Application> assignedTo(String email) {
        return jdbc.sql("""
                        select * from recognition_applications a
                         where lower(a.assessor_email) = lower(:email)
                            or a.specialist_id in (select id from recognition_specialists where lower(email) = lower(:email))
                         order by a.created_at desc, a.id desc
                        """).param("email", email).query(this::application).list();
    }

    /** The letter of a decision, as an accessible PDF. */
    @Transactional(readOnly = true)
    public byte[] letter(Application a, Decision decision) {
        return mail.letter(a, decision);
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
                        select organisation_id, name, organisation_kind, district, status, answered_by, answered_at
                          from recognition_members
                         where application_id = :id order by status = :lead desc, name
                        """)
                .param("lead", Membership.LEAD.name())
                .param("id", applicationId)
                .query((rs, n) -> {
                    Timestamp answered = rs.getTimestamp(7);
                    return new Member(
                            rs.getLong(1),
                            rs.getString(2),
                            OrganisationKind.valueOf(rs.getString(3)),
                            rs.getString(4),
                            Membership.valueOf(rs.getString(5)),
                            rs.getString(6),
                            answered == null ? null : answered.toInstant());
                })
                .list();
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(long applicationId) {
        return jdbc.sql("""
                        select outcome, decided_on, decided_by, note, recorded_by, level from recognition_decisions
                         where application_id = :id order by id
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new Decision(
                        State.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** The awards the application's decision made, from the awards package, the one reader of awards. */
    @Transactional(readOnly = true)
    public List<AwardsMade.AwardMade> awards(long applicationId) {
        return awardsMade.madeBy(applicationId);
    }

    /**
     * Records the application's new state, which its {@link State} gave; refused if someone moved it at the same
     * moment, so that no move is made from a state the application no longer has.
     */
    void move(Application a, State to) {
        int changed = jdbc.sql("update recognition_applications set state = :to where id = :id and state = :from")
                .param("to", to.name())
                .param("from", a.state().name())
                .param("id", a.id())
                .update();
        if (changed == 0) {
            throw new Refused(List.of("The application changed at the same moment: look again"));
        }
    }

    /**
     * Whether the application is a group's: its scheme is for groups of schools and it is not a department's (a
     * department applies alone, so the group's size rules do not apply to it).
     */
    @Transactional(readOnly = true)
    public boolean isGroup(Application a) {
        return !a.forDepartment() && scheme(a).admits(Scheme.Applicants.PRIMARY_GROUP);
    }

    /** The scheme the application is for, as the officer last set it up. */
    @Transactional(readOnly = true)
    public Scheme scheme(Application a) {
        return schemes.find(a.schemeKey()).orElseThrow();
    }

    private Application application(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp visit = rs.getTimestamp("visit_starts_at");
        String recommendation = rs.getString("recommendation");
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
                submitted == null ? null : submitted.toInstant(),
                rs.getString("department"),
                rs.getBoolean("specialist_requested"),
                rs.getString("specialist_request"),
                rs.getObject("specialist_id", Long.class),
                rs.getString("assessor_email"),
                rs.getString("assessor_name"),
                visit == null ? null : visit.toInstant(),
                rs.getObject("visit_minutes", Integer.class),
                rs.getString("visit_place"),
                rs.getInt("visit_sequence"),
                rs.getString("findings"),
                recommendation == null ? null : State.valueOf(recommendation),
                rs.getString("recommended_level"),
                rs.getString("recommended_by"));
    }

    /**
     * The title of the organisation's live application for the scheme (for a department, that department's) other
     * than the one given, if it has one.
     */
    private Optional<String> liveApplication(long organisationId, String schemeKey, String department, long otherThan) {
        return jdbc.sql("""
                        select a.title from recognition_applications a
                          join recognition_members m on m.application_id = a.id
                         where m.organisation_id = :org and a.scheme_key = :scheme and a.id <> :other
                           and a.state in (:live) and m.status in (:joined)
                           and lower(coalesce(a.department, '')) = lower(:department)
                         limit 1
                        """)
                .param("joined", Membership.namesWhere(Membership::joined))
                .param("org", organisationId)
                .param("scheme", schemeKey)
                .param("other", otherThan)
                .param("live", LIVE)
                .param("department", department == null ? "" : department)
                .query(String.class)
                .optional();
    }

    /** The toolkit version new applications use: the one the officer holds the scheme at, or the newest. */
    private FrameworkVersion latest(Scheme scheme) {
        return scheme.startingVersion(frameworks.versions(scheme.frameworkKey()))
                .orElseThrow(() ->
                        new Refused(List.of("The " + scheme.name() + " has no toolkit yet: ask the schemes officer")));
    }

    private long insert(
            Scheme scheme, String title, long lead, long versionId, boolean consent, String department, Actor by) {
        return jdbc.sql("""
                        insert into recognition_applications (scheme_key, title, lead_organisation_id, version_id,
                            listing_consent, consent_by, consent_at, created_by, department)
                        values (:scheme, :title, :lead, :version, :consent, :consentBy,
                            case when :consent then now() end, :by, :department)
                        returning id
                        """)
                .param("department", department)
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

    /**
     * Moves a school of the application as its {@link Membership} allows, refused in its words otherwise; a school
     * moved by someone else at the same moment is refused as the move would be now.
     */
    private void moveMember(
            long applicationId, long organisationId, java.util.function.UnaryOperator<Membership> move, Actor by) {
        Membership from = members(applicationId).stream()
                .filter(m -> m.organisationId() == organisationId)
                .map(Member::status)
                .findFirst()
                .orElseThrow(() -> new Refused(List.of("That school is not in this application")));
        Membership to = move.apply(from);
        int changed = jdbc.sql("""
                        update recognition_members set status = :to, answered_by = :by, answered_at = now()
                         where application_id = :id and organisation_id = :org and status = :from
                        """)
                .param("to", to.name())
                .param("from", from.name())
                .param("by", by.email())
                .param("id", applicationId)
                .param("org", organisationId)
                .update();
        if (changed == 0) {
            move.apply(members(applicationId).stream()
                    .filter(m -> m.organisationId() == organisationId)
                    .map(Member::status)
                    .findFirst()
                    .orElseThrow());
            throw new Refused(List.of("The group changed at the same moment: look again"));
        }
    }

    private void addMember(long applicationId, OrganisationProfile o, Membership status, Actor by) {
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
                .param("status", status.name())
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
