package uk.headsup.inclusion.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.inclusion.InclusionRecords;
import uk.headsup.inclusion.internal.calendar.TermDates;
import uk.headsup.inclusion.internal.exclusions.ExclusionRecords;
import uk.headsup.inclusion.internal.outcomes.Destination;
import uk.headsup.inclusion.internal.outcomes.Outcomes;
import uk.headsup.inclusion.internal.provision.Provision;

/** The module's public API for loaders: each record goes to the feature that keeps it. */
@Service
@Transactional
class JdbcInclusionRecords implements InclusionRecords {

    private final JdbcClient jdbc;
    private final TermDates termDates;
    private final ExclusionRecords exclusions;
    private final Provision provision;
    private final Outcomes outcomes;

    JdbcInclusionRecords(
            JdbcClient jdbc, TermDates termDates, ExclusionRecords exclusions, Provision provision, Outcomes outcomes) {
        this.jdbc = jdbc;
        this.termDates = termDates;
        this.exclusions = exclusions;
        this.provision = provision;
        this.outcomes = outcomes;
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
    public List<String> importTermDates(Reader csv) {
        return termDates.importCsv(csv).problems().stream()
                .map(RowProblem::describe)
                .toList();
    }

    @Override
    public Notified notify(NewExclusion n) {
        return exclusions.notify(n);
    }

    @Override
    public void recordGovernors(long exclusionId, LocalDate heldOn, boolean upheld) {
        exclusions.recordGovernors(exclusionId, heldOn, upheld);
    }

    @Override
    public void arrangeSixthDay(long exclusionId, String provider, LocalDate from) {
        exclusions.arrangeSixthDay(exclusionId, provider, from);
    }

    @Override
    public void placeAtNewSchool(long exclusionId, LocalDate on) {
        exclusions.placeAtNewSchool(exclusionId, on);
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
