package uk.headsup.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.SignInHint;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationFacts;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.NewEvent;
import uk.headsup.events.Vat;
import uk.headsup.safeguarding.SafeguardingRecords;

/**
 * Elmshire's safeguarding audit: last year's round, returned and accepted by a dozen schools, and this year's round
 * in progress on a revised framework with returns in every state (not started, in progress, awaiting sign-off,
 * submitted, returned for changes, accepted). Each school gains a chair of governors to sign off. The officer is
 * Helen Marsh (an account of the demo county, offered on the sign-in page).
 */
@Component
class DemoSafeguarding implements SmartLifecycle, SignInHint.Source {

    static final String OFFICER = "helen.marsh@elmshire.example";
    static final String EVENTS_OFFICER = "grace.okafor@elmshire.example";
    static final int SCHOOLS = 12;
    static final String TRUST = "Elm Valley Learning Trust";
    static final String TRUST_LEAD = "rachel.osei@elmvalleytrust.example";
    static final String DEPUTY_DSL = "sam.kowalski@deputies.example";
    static final String SAFEGUARDING_GOVERNOR = "ruth.adeyemi@governors.example";
    /** The sample's schools in the trust: their returns are in progress, awaiting sign-off, submitted, not started. */
    static final List<Integer> TRUST_SCHOOLS = List.of(1, 2, 3, 6);
    /** The sample's school with a deputy DSL and a safeguarding governor: its return was returned for changes. */
    static final int SCHOOL_WITH_DEPUTY = 4;

    private static final Logger log = LoggerFactory.getLogger(DemoSafeguarding.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DemoCounty county;
    private final SafeguardingRecords audit;
    private final Frameworks frameworks;
    private final Responses responses;
    private final Directory directory;
    private final DirectoryRecords records;
    private final EventPlanning events;
    private final Clock clock;
    private volatile boolean loaded;

    DemoSafeguarding(
            DemoCounty county,
            SafeguardingRecords audit,
            Frameworks frameworks,
            Responses responses,
            Directory directory,
            DirectoryRecords records,
            EventPlanning events,
            Clock clock) {
        this.events = events;
        this.county = county;
        this.audit = audit;
        this.frameworks = frameworks;
        this.responses = responses;
        this.directory = directory;
        this.records = records;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void start() {
        loaded = true;
        if (!county.enabled() || audit.hasRounds()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        List<OrganisationFacts> schools =
                directory.organisations(Audience.everyone().ofKinds(OrganisationKind.SCHOOL));
        addChairsOfGovernors(schools, today);
        Map<Long, Actor> dsls = new HashMap<>();
        for (AudienceMember m : directory.members(Audience.of(OrganisationRole.DSL), today)) {
            dsls.putIfAbsent(m.organisationId(), new Actor(m.email(), m.name()));
        }
        List<OrganisationFacts> sample = schools.stream().limit(SCHOOLS).toList();
        newerRoles(sample, today);
        FrameworkVersion lastYear =
                frameworks.add(SafeguardingRecords.FRAMEWORK, DemoSafeguardingFramework.lastYear(), OFFICER);
        lastYearsRound(lastYear, sample, dsls, today);
        FrameworkVersion thisYear = frameworks.copy(lastYear.id(), OFFICER);
        thisYear = frameworks.revise(thisYear.id(), DemoSafeguardingFramework.thisYear());
        thisYearsRound(thisYear, sample, dsls, today);
        log.info("Demo safeguarding audit loaded: last year's round and this year's, {} schools each", sample.size());
    }

    /** Helen Marsh, the Education Safeguarding Lead, who reads the returns. */
    private static Actor officer() {
        return new Actor(OFFICER, "Helen Marsh");
    }

    /** Every school's chair of governors, who signs the return off with the head. */
    private void addChairsOfGovernors(List<OrganisationFacts> schools, LocalDate today) {
        for (OrganisationFacts school : schools) {
            long chair = records.addPerson(
                    "Chair of governors, " + school.name(),
                    "chair." + school.id() + "@governors.example",
                    null,
                    "Chair of governors");
            records.appoint(chair, school.id(), OrganisationRole.CHAIR_OF_GOVERNORS, today.minusYears(2));
        }
    }

    /** Last year's round: every return in the sample submitted, signed off and accepted; then its targeted offer. */
    private void lastYearsRound(
            FrameworkVersion lastYear, List<OrganisationFacts> sample, Map<Long, Actor> dsls, LocalDate today) {
        Actor officer = officer();
        long previous = audit.openRound(
                "Safeguarding audit " + (today.getYear() - 1),
                lastYear.id(),
                today.minusYears(1).minusWeeks(2),
                today.minusYears(1).plusWeeks(2),
                false,
                OFFICER);
        Map<Long, Long> lastYearsResponses = new HashMap<>();
        for (int i = 0; i < sample.size(); i++) {
            OrganisationFacts school = sample.get(i);
            Actor dsl = dsls.getOrDefault(school.id(), officer);
            long response = audit.startReturn(previous, school.id(), dsl).orElseThrow();
            answer(response, lastYear.framework(), i, 1, dsl, today);
            responses.submit(response, dsl);
            audit.signedOff(previous, school.id());
            responses.accept(response, "Thank you: a thorough return.", Map.of(), officer);
            lastYearsResponses.put(school.id(), response);
        }
        lastYearsOffer(previous, sample, lastYearsResponses, today);
    }

    /**
     * This year's round, open now, with the sample's returns at every stage: not started, started, submitted, signed
     * off, returned for changes and accepted.
     */
    private void thisYearsRound(
            FrameworkVersion thisYear, List<OrganisationFacts> sample, Map<Long, Actor> dsls, LocalDate today) {
        Actor officer = officer();
        long current = audit.openRound(
                "Safeguarding audit " + today.getYear(),
                thisYear.id(),
                firstDeadline(today),
                finalDeadline(today),
                false,
                OFFICER);
        for (int i = 0; i < sample.size(); i++) {
            OrganisationFacts school = sample.get(i);
            Actor dsl = dsls.getOrDefault(school.id(), officer);
            int state = i % 6;
            if (state == 0) {
                continue;
            }
            long response = audit.startReturn(current, school.id(), dsl).orElseThrow();
            answer(response, thisYear.framework(), i, state == 1 ? 2 : 0, dsl, today);
            if (state == 1) {
                continue;
            }
            responses.submit(response, dsl);
            if (state == 2) {
                continue;
            }
            audit.signedOff(current, school.id());
            if (state == 4) {
                responses.returnForChanges(
                        response,
                        "Please say how you know the single central record is checked.",
                        Map.of("4.1", "Who checks it, and when was it last checked?"),
                        officer);
            } else if (state == 5) {
                responses.accept(response, "Accepted with thanks.", Map.of(), officer);
            }
        }
    }

    /**
     * Last year's targeted offer, held since: two courses linked to standards of last year's round, each attended by
     * the DSLs of the sample's schools that rated its standard red or amber, and evaluated by most of them. One school
     * invited to the refresher did not go, so the county analysis has schools that attended to set beside one that
     * did not.
     */
    private void lastYearsOffer(
            long round, List<OrganisationFacts> sample, Map<Long, Long> lastYears, LocalDate today) {
        Map<Long, Long> dslOf = new HashMap<>();
        directory
                .members(Audience.of(OrganisationRole.DSL), today)
                .forEach(m -> dslOf.putIfAbsent(m.organisationId(), m.personId()));
        heldCourse(
                round,
                "2.4",
                "Designated Safeguarding Lead refresher training (autumn)",
                weekday(today.minusMonths(4)),
                sample,
                lastYears,
                dslOf,
                Set.of(sample.get(5).id()));
        heldCourse(
                round,
                "7.2",
                "Online safety for designated safeguarding leads",
                weekday(today.minusMonths(3)),
                sample,
                lastYears,
                dslOf,
                Set.of());
    }

    private static final List<List<Integer>> EVALUATIONS =
            List.of(List.of(5, 4, 5), List.of(4, 4, 4), List.of(5, 5, 4), List.of(3, 4, 4), List.of(4, 5, 5));

    private void heldCourse(
            long round,
            String standard,
            String title,
            LocalDate day,
            List<OrganisationFacts> sample,
            Map<Long, Long> lastYears,
            Map<Long, Long> dslOf,
            Set<Long> didNotGo) {
        long event = events.add(
                DemoEvents.dslTraining(
                        title,
                        "A morning for designated safeguarding leads of schools that rated standard " + standard
                                + " red or amber in last year's safeguarding audit, funded by the authority.",
                        Audience.of(OrganisationRole.DSL, OrganisationRole.DEPUTY_DSL),
                        "Designated safeguarding leads and deputies",
                        List.of(new NewEvent.Session(day.atTime(9, 30), day.atTime(12, 30))),
                        20,
                        0,
                        Vat.NONE),
                EVENTS_OFFICER);
        audit.linkCourse(round, standard, event, OFFICER);
        int evaluated = 0;
        for (OrganisationFacts school : sample) {
            Answer answer = responses.answers(lastYears.get(school.id())).get(standard);
            Long dsl = dslOf.get(school.id());
            if (answer == null || answer.rating().equals("green") || dsl == null || didNotGo.contains(school.id())) {
                continue;
            }
            // Every attendee but every fifth evaluates the course.
            List<List<Integer>> said =
                    evaluated % 5 == 4 ? List.of() : List.of(EVALUATIONS.get(evaluated % EVALUATIONS.size()));
            events.recordHeld(event, school.id(), List.of(dsl), said, EVENTS_OFFICER, "Grace Okafor");
            evaluated++;
        }
    }

    /**
     * The roles a visitor can sign in as besides the DSL and head: a trust of four of the sample's schools with its
     * safeguarding lead, and a deputy DSL and a safeguarding governor at the school whose return was sent back. The
     * trust is joined before the rounds open, as each round keeps its schools' trust as it was when it opened.
     */
    private void newerRoles(List<OrganisationFacts> sample, LocalDate today) {
        long trust = records.addOrganisation(new DirectoryRecords.NewOrganisation(
                OrganisationKind.ACADEMY_TRUST, TRUST, null, null, "Multi-academy trust", null, null, "Elmford", null));
        TRUST_SCHOOLS.forEach(i -> records.joinTrust(sample.get(i).id(), trust));
        long lead = records.addPerson("Rachel Osei", TRUST_LEAD, null, "Trust safeguarding lead");
        records.appoint(lead, trust, OrganisationRole.TRUST_SAFEGUARDING_LEAD, today.minusYears(1));
        long school = sample.get(SCHOOL_WITH_DEPUTY).id();
        long deputy = records.addPerson("Sam Kowalski", DEPUTY_DSL, null, "Deputy designated safeguarding lead");
        records.appoint(deputy, school, OrganisationRole.DEPUTY_DSL, today.minusYears(1));
        long governor = records.addPerson("Ruth Adeyemi", SAFEGUARDING_GOVERNOR, null, "Safeguarding governor");
        records.appoint(governor, school, OrganisationRole.SAFEGUARDING_GOVERNOR, today.minusYears(1));
    }

    /** The newer roles, offered on the sign-in page (by emailed link, as for any school user). */
    @Override
    public List<SignInHint> hints() {
        if (!county.enabled()) {
            return List.of();
        }
        List<SignInHint> hints = new ArrayList<>();
        for (String email : List.of(TRUST_LEAD, DEPUTY_DSL, SAFEGUARDING_GOVERNOR)) {
            directory
                    .staffMember(email)
                    .ifPresent(s -> s.posts().stream()
                            .findFirst()
                            .ifPresent(p -> hints.add(new SignInHint(
                                    email, s.name() + ", " + p.role().label() + ", " + p.organisationName(), null))));
        }
        return hints;
    }

    /**
     * Rates every standard (every {@code skip}th one left out, for a return still in progress), mostly green, some
     * amber and a few red with an action each; the year shifts the pattern so that some schools do better or worse.
     */
    private void answer(long response, Framework framework, int school, int skip, Actor dsl, LocalDate today) {
        List<Framework.Standard> standards = framework.standards();
        for (int j = 0; j < standards.size(); j++) {
            if (skip > 0 && j % skip == 1) {
                continue;
            }
            Framework.Standard s = standards.get(j);
            int roll = (school * 7 + j * 13 + (skip == 1 ? 3 : 0)) % 23;
            String rating = roll == 0 ? "red" : roll < 5 ? "amber" : "green";
            Map<String, Long> numbers = new HashMap<>();
            long reported = (school * 3L + j) % 9;
            s.questions().forEach(q -> numbers.put(q.key(), reported));
            responses.save(response, new Answer.Edit(s.number(), 0, rating, narrative(rating), numbers), dsl);
            if (rating.equals("red")) {
                responses.addAction(
                        response, s.number(), "Put this in place and evidence it", "DSL", today.plusMonths(2), dsl);
            }
        }
    }

    private static String narrative(String rating) {
        return switch (rating) {
            case "green" -> "In place and checked this term; evidence held by the DSL.";
            case "amber" -> "Mostly in place; the written record is being brought up to date.";
            default -> "Not yet in place: see the action.";
        };
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return loaded;
    }

    /** After the demo's events: their loader adds nothing once any event exists, and this adds last year's courses. */
    @Override
    public int getPhase() {
        return DemoCounty.PHASE + 2;
    }

    /**
     * This year's round's first deadline, three weeks on and never at a weekend (a Saturday or Sunday moves to the
     * Monday); the demo bulletin's call to action gives the same date.
     */
    static LocalDate firstDeadline(LocalDate today) {
        return weekday(today.plusWeeks(3));
    }

    /** This year's round's final deadline, seven weeks on, on a weekday likewise. */
    static LocalDate finalDeadline(LocalDate today) {
        return weekday(today.plusWeeks(7));
    }

    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
