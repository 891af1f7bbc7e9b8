package uk.headsup.inclusion.internal.exclusions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationSummary;
import uk.headsup.inclusion.InclusionRecords;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.internal.calendar.TermDates;
import uk.headsup.inclusion.internal.outcomes.Destination;
import uk.headsup.inclusion.internal.outcomes.Outcomes;
import uk.headsup.inclusion.internal.provision.Provision;

@Service
@Transactional
class JdbcInclusionRecords implements InclusionRecords {

    private final JdbcClient jdbc;
    private final TermDates termDates;
    private final Exclusions exclusions;
    private final Provision provision;
    private final Outcomes outcomes;
    private final Directory directory;

    JdbcInclusionRecords(
            JdbcClient jdbc,
            TermDates termDates,
            Exclusions exclusions,
            Provision provision,
            Outcomes outcomes,
            Directory directory) {
        this.jdbc = jdbc;
        this.termDates = termDates;
        this.exclusions = exclusions;
        this.provision = provision;
        this.outcomes = outcomes;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return jdbc.sql(
                        "select not exists (select 1 from inclusion_exclusions) and not exists (select 1 from inclusion_term_dates)")
                .query(Boolean.class)
                .single();
    }

    @Override
    public void addTermDates(List<SchoolDays.Period> periods) {
        periods.forEach(termDates::add);
    }

    @Override
    public Notified notify(NewExclusion n) {
        ExclusionRules.Notice notice = new ExclusionRules.Notice(
                n.firstName(), n.lastName(), n.dateOfBirth(), n.kind(), n.firstDay(), n.lastDay(), n.reason(), null);
        List<ExclusionRules.FieldProblem> problems = exclusions.check(n.schoolId(), notice, 0);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
        OrganisationSummary school = directory.organisation(n.schoolId()).orElseThrow();
        long id = exclusions.notify(school, notice, n.notifiedBy(), n.notifiedOn());
        Exclusion exclusion = exclusions.find(id).orElseThrow().exclusion();
        if (n.yearGroup() != null) {
            exclusions.completeDetails(
                    exclusion,
                    new Exclusions.Details(
                            null,
                            n.yearGroup(),
                            SenStatus.valueOf(n.senStatus()),
                            Boolean.TRUE.equals(n.freeSchoolMeals()),
                            Boolean.TRUE.equals(n.lookedAfter()),
                            Boolean.TRUE.equals(n.childInNeed()),
                            null,
                            n.kind().equals("PERMANENT")
                                    ? null
                                    : 2
                                            * (n.lastDay() == null
                                                    ? 1
                                                    : exclusions.schoolDays().between(n.firstDay(), n.lastDay())),
                            n.account()));
        }
        return new Notified(id, exclusion.pupilId());
    }

    @Override
    public void recordGovernors(long exclusionId, LocalDate heldOn, boolean upheld) {
        Exclusion e = exclusions.find(exclusionId).orElseThrow().exclusion();
        e.recordGovernors(heldOn, upheld ? Exclusion.GovernorsOutcome.UPHELD : Exclusion.GovernorsOutcome.REINSTATED);
        exclusions.save(e);
    }

    @Override
    public void arrangeSixthDay(long exclusionId, String provider, LocalDate from) {
        Exclusion e = exclusions.find(exclusionId).orElseThrow().exclusion();
        e.arrangeSixthDay(provider, from);
        exclusions.save(e);
    }

    @Override
    public void placeAtNewSchool(long exclusionId, LocalDate on) {
        Exclusion e = exclusions.find(exclusionId).orElseThrow().exclusion();
        e.placedAtNewSchool(on);
        exclusions.save(e);
    }

    @Override
    public long addProvider(String name, String registration, String commissioning) {
        return provision.addProvider(name, registration, commissioning, null);
    }

    @Override
    public void place(
            long pupilId,
            long providerId,
            String commissionedBy,
            String reason,
            LocalDate startsOn,
            LocalDate plannedEnd,
            BigDecimal hoursAWeek,
            BigDecimal weeklyCost,
            LocalDate endedOn,
            String destination) {
        provision.place(
                pupilId,
                new Provision.NewPlacement(
                        providerId,
                        commissionedBy,
                        reason,
                        startsOn,
                        plannedEnd,
                        hoursAWeek,
                        weeklyCost,
                        null,
                        endedOn,
                        destination));
    }

    @Override
    public void recordOutcome(
            long pupilId, int ks4Year, boolean englishMaths4, boolean englishMaths5, String destination) {
        outcomes.record(new Outcomes.Outcome(
                pupilId,
                ks4Year,
                englishMaths4,
                englishMaths5,
                Destination.of(destination).orElseThrow()));
    }
}
