package uk.headsup.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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
import uk.headsup.safeguarding.SafeguardingRecords;

/**
 * Elmshire's safeguarding audit: last year's round, returned and accepted by a dozen schools, and this year's round
 * in progress on a revised framework with returns in every state (not started, in progress, awaiting sign-off,
 * submitted, returned for changes, accepted). Each school gains a chair of governors to sign off. The officer is
 * Helen Marsh (an account of the demo county, offered on the sign-in page).
 */
@Component
class DemoSafeguarding implements SmartLifecycle {

    static final String OFFICER = "helen.marsh@elmshire.example";
    static final int SCHOOLS = 12;
    private static final Logger log = LoggerFactory.getLogger(DemoSafeguarding.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DemoCounty county;
    private final SafeguardingRecords audit;
    private final Frameworks frameworks;
    private final Responses responses;
    private final Directory directory;
    private final DirectoryRecords records;
    private final Clock clock;
    private volatile boolean loaded;

    DemoSafeguarding(
            DemoCounty county,
            SafeguardingRecords audit,
            Frameworks frameworks,
            Responses responses,
            Directory directory,
            DirectoryRecords records,
            Clock clock) {
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
        for (OrganisationFacts school : schools) {
            long chair = records.addPerson(
                    "Chair of governors, " + school.name(),
                    "chair." + school.id() + "@governors.example",
                    null,
                    "Chair of governors");
            records.appoint(chair, school.id(), OrganisationRole.CHAIR_OF_GOVERNORS, today.minusYears(2));
        }
        Map<Long, Actor> dsls = new HashMap<>();
        for (AudienceMember m : directory.members(Audience.of(OrganisationRole.DSL), today)) {
            dsls.putIfAbsent(m.organisationId(), new Actor(m.email(), m.name()));
        }
        Actor officer = new Actor(OFFICER, "Helen Marsh");
        List<OrganisationFacts> sample = schools.stream().limit(SCHOOLS).toList();

        FrameworkVersion lastYear =
                frameworks.add(SafeguardingRecords.FRAMEWORK, DemoSafeguardingFramework.lastYear(), OFFICER);
        long previous = audit.openRound(
                "Safeguarding audit " + (today.getYear() - 1),
                lastYear.id(),
                today.minusYears(1).minusWeeks(2),
                today.minusYears(1).plusWeeks(2),
                false,
                OFFICER);
        for (int i = 0; i < sample.size(); i++) {
            OrganisationFacts school = sample.get(i);
            Actor dsl = dsls.getOrDefault(school.id(), officer);
            long response = audit.startReturn(previous, school.id(), dsl).orElseThrow();
            answer(response, lastYear.framework(), i, 1, dsl, today);
            responses.submit(response, dsl);
            audit.signedOff(previous, school.id());
            responses.accept(response, "Thank you: a thorough return.", Map.of(), officer);
        }

        FrameworkVersion thisYear = frameworks.copy(lastYear.id(), OFFICER);
        thisYear = frameworks.revise(thisYear.id(), DemoSafeguardingFramework.thisYear());
        long current = audit.openRound(
                "Safeguarding audit " + today.getYear(),
                thisYear.id(),
                firstDeadline(today),
                today.plusWeeks(7),
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
        log.info("Demo safeguarding audit loaded: last year's round and this year's, {} schools each", sample.size());
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

    @Override
    public int getPhase() {
        return DemoCounty.PHASE + 1;
    }

    /** This year's round's first deadline; the demo bulletin's call to action gives the same date. */
    static java.time.LocalDate firstDeadline(java.time.LocalDate today) {
        return today.plusWeeks(3);
    }
}
