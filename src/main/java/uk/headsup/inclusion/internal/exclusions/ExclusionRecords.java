package uk.headsup.inclusion.internal.exclusions;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationSummary;
import uk.headsup.inclusion.InclusionRecords.NewExclusion;
import uk.headsup.inclusion.InclusionRecords.Notified;

/** Exclusions as loaders add them (the exclusions' part of {@link uk.headsup.inclusion.InclusionRecords}). */
@Service
@Transactional
public class ExclusionRecords {

    private final Exclusions exclusions;
    private final Directory directory;

    ExclusionRecords(Exclusions exclusions, Directory directory) {
        this.exclusions = exclusions;
        this.directory = directory;
    }

    /** Checked as the school's form checks it; throws naming the fields that fail the checks. */
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

    public void recordGovernors(long exclusionId, LocalDate heldOn, boolean upheld) {
        Exclusion e = exclusions.find(exclusionId).orElseThrow().exclusion();
        e.recordGovernors(heldOn, upheld ? Exclusion.GovernorsOutcome.UPHELD : Exclusion.GovernorsOutcome.REINSTATED);
        exclusions.save(e);
    }

    public void arrangeSixthDay(long exclusionId, String provider, LocalDate from) {
        Exclusion e = exclusions.find(exclusionId).orElseThrow().exclusion();
        e.arrangeSixthDay(provider, from);
        exclusions.save(e);
    }

    public void placeAtNewSchool(long exclusionId, LocalDate on) {
        Exclusion e = exclusions.find(exclusionId).orElseThrow().exclusion();
        e.placedAtNewSchool(on);
        exclusions.save(e);
    }
}
