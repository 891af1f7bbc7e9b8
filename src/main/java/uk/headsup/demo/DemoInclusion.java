package uk.headsup.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.Accounts;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.SignInHint;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.inclusion.InclusionRecords;
import uk.headsup.inclusion.InclusionRecords.NewExclusion;
import uk.headsup.inclusion.InclusionRecords.Notified;
import uk.headsup.inclusion.SchoolCalendar;
import uk.headsup.inclusion.SchoolDays;

/**
 * Elmshire's exclusions, fictional throughout: term dates for 2025-26 and 2026-27, a few dozen exclusions from its
 * secondary schools over the two years (some suspensions, some permanent, governors and sixth-day provision
 * recorded), placements at three alternative providers, outcomes for last year's Year 11, and an inclusion officer.
 */
@Component
class DemoInclusion implements SmartLifecycle, SignInHint.Source {

    static final String OFFICER = "marcus.reid@elmshire.example";
    /** Elmshire's term dates for 2025-26 and 2026-27, read by the inclusion officer's term dates import. */
    private static final String TERM_DATES = "demo/term-dates.csv";

    private static final int EXCLUSIONS = 40;
    private static final Logger log = LoggerFactory.getLogger(DemoInclusion.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String[] FIRST = {
        "Tyler", "Jayden", "Chloe", "Kai", "Amelia", "Reece", "Leah", "Mason", "Ellie", "Connor", "Maisie", "Callum",
        "Demi", "Harvey", "Kayla", "Ryan", "Tia", "Liam", "Jade", "Brandon"
    };
    private static final String[] LAST = {
        "Hughes", "Barker", "Walsh", "Pearce", "Dixon", "Holt", "Mills", "Sharp", "Rowe", "Frost", "Gibbs", "Payne",
        "Hale", "Nash", "Booth", "Lamb", "Cross", "Doyle", "Pratt", "Webb"
    };
    private static final String[] REASONS = {"DB", "DB", "DB", "VA", "PP", "PA", "VP", "DA", "OW", "DM", "MT", "BU"};

    private final DemoCounty county;
    private final InclusionRecords inclusion;
    private final SchoolCalendar calendar;
    private final Directory directory;
    private final Accounts accounts;
    private final Clock clock;
    private final List<SignInHint> hints;
    private volatile boolean loaded;

    DemoInclusion(
            DemoCounty county,
            InclusionRecords inclusion,
            SchoolCalendar calendar,
            Directory directory,
            Accounts accounts,
            Clock clock) {
        this.county = county;
        this.inclusion = inclusion;
        this.calendar = calendar;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
        this.hints = county.enabled()
                ? List.of(new SignInHint(
                        OFFICER,
                        "Marcus Reid, Inclusion Officer (exclusions and alternative provision)",
                        DemoCounty.PASSWORD))
                : List.of();
    }

    @Override
    public List<SignInHint> hints() {
        return hints;
    }

    @Override
    @Transactional
    public void start() {
        loaded = true;
        if (!county.enabled()) {
            return;
        }
        if (!accounts.hasAuthorityAccount(OFFICER)) {
            accounts.createAuthorityAccount(
                    OFFICER, "Marcus Reid", Set.of(AuthorityRole.INCLUSION_OFFICER), DemoCounty.PASSWORD);
        }
        if (!inclusion.isEmpty()) {
            return;
        }
        importTermDates();
        load(LocalDate.ofInstant(clock.instant(), UK));
    }

    private void importTermDates() {
        try (Reader csv =
                new InputStreamReader(new ByteArrayInputStream(DemoCounty.file(TERM_DATES)), StandardCharsets.UTF_8)) {
            List<String> problems = inclusion.importTermDates(csv);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(TERM_DATES + " did not import: " + String.join("; ", problems));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three alternative providers. */
    private record Providers(long pru, long brightways, long farm) {}

    /** Forty exclusions spread over the school days since September 2025, each followed up as far as it has got. */
    private void load(LocalDate today) {
        List<AudienceMember> heads = directory.members(Audience.of(OrganisationRole.HEADTEACHER), today).stream()
                .filter(m -> m.phase() == Phase.SECONDARY)
                .toList();
        SchoolDays days = calendar.schoolDays();
        List<LocalDate> schoolDays = schoolDays(days, LocalDate.of(2025, 9, 8), today.minusDays(1));
        if (heads.isEmpty() || schoolDays.isEmpty()) {
            return;
        }
        Providers providers = new Providers(
                inclusion.addProvider("Elmshire Pupil Referral Unit", "REGISTERED_SCHOOL", "FRAMEWORK"),
                inclusion.addProvider("Brightways Alternative Education", "OFSTED_REGISTERED", "FRAMEWORK"),
                inclusion.addProvider("Northbrook Farm Skills", "UNREGISTERED", "SPOT_PURCHASE"));
        Random random = new Random(16);
        for (int i = 0; i < EXCLUSIONS; i++) {
            LocalDate first = schoolDays.get((int) ((long) i * schoolDays.size() / EXCLUSIONS));
            Planned planned = exclusion(i, heads.get(i % heads.size()), first, days, random);
            NewExclusion exclusion = planned.exclusion();
            Notified notified = inclusion.notify(exclusion);
            if (planned.yearGroup() == 11 && first.isBefore(LocalDate.of(2026, 9, 1))) {
                recordOutcome(i, notified);
            }
            if (exclusion.kind().equals("PERMANENT")) {
                followPermanent(i, notified, first, providers, days, today, random);
            } else if (i % 5 == 1 && !recent(i)) {
                placePreventatively(i, notified, exclusion.lastDay(), providers);
            }
        }
        log.info(
                "Demo inclusion loaded: term dates, {} exclusions, three providers and last year's outcomes",
                EXCLUSIONS);
    }

    private static List<LocalDate> schoolDays(SchoolDays days, LocalDate from, LocalDate before) {
        List<LocalDate> schoolDays = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(before); d = d.plusDays(1)) {
            if (days.isSchoolDay(d) && days.known(d)) {
                schoolDays.add(d);
            }
        }
        return schoolDays;
    }

    /** The last two are so recent that the school has not yet given the details. */
    private static boolean recent(int i) {
        return i >= EXCLUSIONS - 2;
    }

    /** A pupil's year group and date of birth; every third of last year's is in Year 11. */
    private record Pupil(int yearGroup, LocalDate born) {}

    private static Pupil pupil(int i, LocalDate first, Random random) {
        boolean lastYear = first.isBefore(LocalDate.of(2026, 9, 1));
        int year = lastYear && i % 3 == 0 ? 11 : 7 + random.nextInt(5);
        int yearStart = Integer.parseInt(SchoolDays.academicYear(first).substring(0, 4));
        return new Pupil(year, LocalDate.of(yearStart - year - 5, 9, 1).plusDays(random.nextInt(365)));
    }

    /** An exclusion to notify, with its pupil's year group (which the school gives later for the recent ones). */
    private record Planned(NewExclusion exclusion, int yearGroup) {}

    /** Every sixth is permanent, every ninth a lunchtime suspension, the rest suspensions of one to three days. */
    private static Planned exclusion(int i, AudienceMember head, LocalDate first, SchoolDays days, Random random) {
        boolean permanent = i % 6 == 2;
        boolean lunchtime = i % 9 == 5;
        String kind = permanent ? "PERMANENT" : lunchtime ? "LUNCHTIME" : "SUSPENSION";
        LocalDate last = permanent ? null : lunchtime ? first : days.nthSchoolDay(first, 1 + random.nextInt(3));
        Pupil pupil = pupil(i, first, random);
        String sen = switch (random.nextInt(6)) {
            case 0, 1 -> "SEN_SUPPORT";
            case 2 -> "EHC_PLAN";
            default -> "NONE";
        };
        String reason = REASONS[random.nextInt(REASONS.length)];
        boolean disadvantaged = random.nextInt(3) == 0;
        boolean lookedAfter = random.nextInt(12) == 0;
        boolean socialWorker = random.nextInt(8) == 0;
        NewExclusion exclusion = new NewExclusion(
                head.organisationId(),
                FIRST[i % FIRST.length],
                LAST[(i * 7) % LAST.length],
                pupil.born(),
                kind,
                first,
                last,
                reason,
                head.email(),
                first,
                recent(i) ? null : pupil.yearGroup(),
                sen,
                disadvantaged,
                lookedAfter,
                socialWorker,
                recent(i)
                        ? null
                        : "Fictional demo account: an incident in a lesson after earlier warnings and support.");
        return new Planned(exclusion, pupil.yearGroup());
    }

    private void recordOutcome(int i, Notified notified) {
        String destination = i % 4 == 0 ? "NEET" : i % 7 == 0 ? "NOT_KNOWN" : "SUSTAINED";
        inclusion.recordOutcome(notified.pupilId(), 2026, i % 5 != 0, i % 10 == 3, destination);
    }

    /** Eight weeks at Brightways or the farm, arranged by the school after a suspension. */
    private void placePreventatively(int i, Notified notified, LocalDate lastDay, Providers providers) {
        boolean brightways = i % 2 == 0;
        inclusion.place(
                notified.pupilId(),
                brightways ? providers.brightways() : providers.farm(),
                "SCHOOL",
                "PREVENTATIVE",
                lastDay.plusDays(3),
                lastDay.plusWeeks(8),
                BigDecimal.valueOf(brightways ? 15 : 10),
                BigDecimal.valueOf(brightways ? 420 : 300),
                null,
                null);
    }

    /**
     * A permanent exclusion as far as it has got by today: sixth-day provision at the PRU (a few days late for one
     * in twelve), the governors' meeting, and a new school for most after three months.
     */
    private void followPermanent(
            int i,
            Notified notified,
            LocalDate first,
            Providers providers,
            SchoolDays days,
            LocalDate today,
            Random random) {
        LocalDate sixth = days.nthSchoolDay(first, 6);
        if (!sixth.isAfter(today)) {
            LocalDate from = i % 12 == 8 ? days.plusSchoolDays(sixth, 2) : sixth;
            inclusion.arrangeSixthDay(notified.exclusionId(), "Elmshire Pupil Referral Unit", from);
            inclusion.place(
                    notified.pupilId(),
                    providers.pru(),
                    "AUTHORITY",
                    "PERMANENT_EXCLUSION",
                    from,
                    null,
                    BigDecimal.valueOf(25),
                    BigDecimal.valueOf(650),
                    null,
                    null);
        }
        if (days.plusSchoolDays(first, 15).isBefore(today)) {
            inclusion.recordGovernors(notified.exclusionId(), days.plusSchoolDays(first, 12), i % 4 != 0);
        }
        if (first.plusMonths(3).isBefore(today) && i % 4 != 2) {
            inclusion.placeAtNewSchool(notified.exclusionId(), first.plusDays(40 + random.nextInt(40)));
        }
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return loaded;
    }

    @Override
    public int getPhase() {
        return DemoCounty.PHASE + 2;
    }
}
