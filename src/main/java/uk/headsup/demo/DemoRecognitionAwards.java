package uk.headsup.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Audience;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OfstedGrades;
import uk.headsup.directory.OfstedInspection;
import uk.headsup.directory.OrganisationFacts;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.Phase;
import uk.headsup.recognition.EarlierAwards;

/**
 * The demo county's Ofsted grades of its settings and childminders, and awards of both schemes made before: some
 * ending within weeks (their renewal reminders are due), one childminder not listed (no consent), one setting whose
 * grade fell since its award (under review), and a group of three primary schools holding the Quality Mark.
 */
@Component
class DemoRecognitionAwards implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoRecognitionAwards.class);
    private static final String PANEL = "Inclusion recognition panel";

    private final DemoCounty county;
    private final Directory directory;
    private final OfstedGrades grades;
    private final EarlierAwards awards;
    private final Clock clock;
    private volatile boolean loaded;

    DemoRecognitionAwards(
            DemoCounty county, Directory directory, OfstedGrades grades, EarlierAwards awards, Clock clock) {
        this.county = county;
        this.directory = directory;
        this.grades = grades;
        this.awards = awards;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void start() {
        loaded = true;
        if (!county.enabled() || awards.any()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        int made = kitemarks(gradeSettings(today), today);
        qualityMarkGroup(today);
        log.info("Demo recognition awards loaded: {} Kitemarks and a Quality Mark group", made);
    }

    /**
     * Grades every setting and childminder: most Good or Outstanding, every seventh Requires improvement. Returns those
     * graded Good or better, who may hold the Kitemark.
     */
    private List<OrganisationFacts> gradeSettings(LocalDate today) {
        List<OrganisationFacts> early = directory.organisations(
                Audience.everyone().ofKinds(OrganisationKind.EARLY_YEARS_SETTING, OrganisationKind.CHILDMINDER));
        List<OrganisationFacts> settings = new ArrayList<>();
        for (int i = 0; i < early.size(); i++) {
            OrganisationFacts o = early.get(i);
            // Most settings are Good or Outstanding; every seventh Requires improvement.
            OfstedGrade grade = i % 7 == 6
                    ? OfstedGrade.REQUIRES_IMPROVEMENT
                    : i % 3 == 0 ? OfstedGrade.OUTSTANDING : OfstedGrade.GOOD;
            grades.record(o.id(), new OfstedInspection(grade, today.minusMonths(4 + (i * 5L) % 40)));
            if (grade != OfstedGrade.REQUIRES_IMPROVEMENT) {
                settings.add(o);
            }
        }
        return settings;
    }

    /** Kitemarks awarded over the last three years, the oldest ending within weeks; returns how many. */
    private int kitemarks(List<OrganisationFacts> settings, LocalDate today) {
        int made = 0;
        // Childminders from the end of the register (tests pick theirs from its start).
        List<OrganisationFacts> childminders = settings.stream()
                .filter(o -> o.kind() == OrganisationKind.CHILDMINDER)
                .sorted(Comparator.comparingLong(OrganisationFacts::id).reversed())
                .toList();
        List<OrganisationFacts> nurseries = settings.stream()
                .filter(o -> o.kind() == OrganisationKind.EARLY_YEARS_SETTING)
                .toList();
        // Kitemarks awarded over the last three years: the oldest end within weeks.
        int[] monthsAgo = {35, 34, 30, 24, 20, 14, 9, 5, 2};
        for (int i = 0; i < nurseries.size() && i < monthsAgo.length; i++) {
            awards.record("kitemark", List.of(nurseries.get(i).id()), today.minusMonths(monthsAgo[i]), true, PANEL);
            made++;
        }
        for (int i = 0; i < childminders.size() && i < 3; i++) {
            // The second childminder did not agree to be named on the register.
            awards.record("kitemark", List.of(childminders.get(i).id()), today.minusMonths(6 + i * 7), i != 1, PANEL);
            made++;
        }
        // A setting whose grade fell after its award: under review.
        if (nurseries.size() > monthsAgo.length) {
            OrganisationFacts fell = nurseries.get(monthsAgo.length);
            awards.record("kitemark", List.of(fell.id()), today.minusMonths(16), true, PANEL);
            awards.putUnderReview(
                    fell.id(),
                    today.minusDays(5),
                    "Ofsted grade from Good to Requires improvement: below Good, which the scheme requires");
            grades.record(fell.id(), new OfstedInspection(OfstedGrade.REQUIRES_IMPROVEMENT, today.minusDays(20)));
            made++;
        }
        return made;
    }

    private void qualityMarkGroup(LocalDate today) {
        // A group of three primary schools of one district holds the Quality Mark.
        Map<String, List<OrganisationFacts>> primaries =
                directory
                        .organisations(Audience.everyone()
                                .ofKinds(OrganisationKind.SCHOOL)
                                .inPhases(Phase.PRIMARY))
                        .stream()
                        .filter(o -> o.district() != null)
                        .collect(Collectors.groupingBy(OrganisationFacts::district));
        primaries.values().stream()
                .filter(l -> l.size() >= 4)
                .findFirst()
                .ifPresent(group -> awards.record(
                        "quality-mark",
                        group.subList(1, 4).stream().map(OrganisationFacts::id).toList(),
                        today.minusMonths(13),
                        true,
                        PANEL));
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return loaded;
    }

    /** After the schemes (DemoRecognition). */
    @Override
    public int getPhase() {
        return DemoCounty.PHASE + 2;
    }
}
