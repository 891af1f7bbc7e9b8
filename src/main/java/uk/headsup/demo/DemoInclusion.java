package uk.headsup.demo;

import java.math.BigDecimal;
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
import uk.headsup.inclusion.SchoolCalendar;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.SchoolDays.Kind;
import uk.headsup.inclusion.SchoolDays.Period;

/**
 * Elmshire's exclusions, fictional throughout: term dates for 2025-26 and 2026-27, a few dozen exclusions from its
 * secondary schools over the two years (some suspensions, some permanent, governors and sixth-day provision
 * recorded), placements at three alternative providers, outcomes for last year's Year 11, and an inclusion officer.
 */
@Component
class DemoInclusion implements SmartLifecycle, SignInHint.Source {

    static final String OFFICER = "marcus.reid@elmshire.example";
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
        inclusion.addTermDates(termDates());
        load(LocalDate.ofInstant(clock.instant(), UK));
    }

    static List<Period> termDates() {
        List<Period> p = new ArrayList<>();
        String y = "2025-26";
        p.add(new Period(y, Kind.TERM, "Autumn term", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19)));
        p.add(new Period(y, Kind.INSET, "INSET days", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)));
        p.add(new Period(
                y, Kind.HALF_TERM, "Autumn half-term", LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31)));
        p.add(new Period(y, Kind.TERM, "Spring term", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)));
        p.add(new Period(y, Kind.INSET, "INSET day", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5)));
        p.add(new Period(y, Kind.HALF_TERM, "Spring half-term", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20)));
        p.add(new Period(y, Kind.TERM, "Summer term", LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22)));
        p.add(new Period(
                y, Kind.BANK_HOLIDAY, "Early May bank holiday", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4)));
        p.add(new Period(y, Kind.HALF_TERM, "Summer half-term", LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 29)));
        y = "2026-27";
        p.add(new Period(y, Kind.TERM, "Autumn term", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18)));
        p.add(new Period(y, Kind.INSET, "INSET days", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)));
        p.add(new Period(
                y, Kind.HALF_TERM, "Autumn half-term", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)));
        p.add(new Period(y, Kind.TERM, "Spring term", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 25)));
        p.add(new Period(y, Kind.INSET, "INSET day", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4)));
        p.add(new Period(y, Kind.HALF_TERM, "Spring half-term", LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19)));
        p.add(new Period(y, Kind.TERM, "Summer term", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 21)));
        p.add(new Period(
                y, Kind.BANK_HOLIDAY, "Early May bank holiday", LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 3)));
        p.add(new Period(y, Kind.HALF_TERM, "Summer half-term", LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 4)));
        return p;
    }

    private void load(LocalDate today) {
        SchoolDays days = calendar.schoolDays();
        List<AudienceMember> heads = directory.members(Audience.of(OrganisationRole.HEADTEACHER), today).stream()
                .filter(m -> m.phase() == Phase.SECONDARY)
                .toList();
        if (heads.isEmpty()) {
            return;
        }
        long pru = inclusion.addProvider("Elmshire Pupil Referral Unit", "REGISTERED_SCHOOL", "FRAMEWORK");
        long brightways = inclusion.addProvider("Brightways Alternative Education", "OFSTED_REGISTERED", "FRAMEWORK");
        long farm = inclusion.addProvider("Northbrook Farm Skills", "UNREGISTERED", "SPOT_PURCHASE");
        Random random = new Random(16);
        LocalDate start = LocalDate.of(2025, 9, 8);
        LocalDate end = today.minusDays(1);
        List<LocalDate> schoolDays = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            if (days.isSchoolDay(d) && days.known(d)) {
                schoolDays.add(d);
            }
        }
        int count = 0;
        for (int i = 0; i < 40 && !schoolDays.isEmpty(); i++) {
            AudienceMember head = heads.get(i % heads.size());
            LocalDate first = schoolDays.get((int) ((long) i * schoolDays.size() / 40));
            boolean permanent = i % 6 == 2;
            boolean lunchtime = i % 9 == 5;
            String kind = permanent ? "PERMANENT" : lunchtime ? "LUNCHTIME" : "SUSPENSION";
            LocalDate last = permanent ? null : lunchtime ? first : days.nthSchoolDay(first, 1 + random.nextInt(3));
            boolean lastYear = first.isBefore(LocalDate.of(2026, 9, 1));
            int year = lastYear && i % 3 == 0 ? 11 : 7 + random.nextInt(5);
            int yearStart = Integer.parseInt(SchoolDays.academicYear(first).substring(0, 4));
            LocalDate dob = LocalDate.of(yearStart - year - 5, 9, 1).plusDays(random.nextInt(365));
            String sen = switch (random.nextInt(6)) {
                case 0, 1 -> "SEN_SUPPORT";
                case 2 -> "EHC_PLAN";
                default -> "NONE";
            };
            boolean recent = i >= 38;
            var notified = inclusion.notify(new NewExclusion(
                    head.organisationId(),
                    FIRST[i % FIRST.length],
                    LAST[(i * 7) % LAST.length],
                    dob,
                    kind,
                    first,
                    last,
                    REASONS[random.nextInt(REASONS.length)],
                    head.email(),
                    first,
                    recent ? null : year,
                    sen,
                    random.nextInt(3) == 0,
                    random.nextInt(12) == 0,
                    random.nextInt(8) == 0,
                    recent
                            ? null
                            : "Fictional demo account: an incident in a lesson after earlier warnings and support."));
            count++;
            if (lastYear && year == 11) {
                inclusion.recordOutcome(
                        notified.pupilId(),
                        2026,
                        i % 5 != 0,
                        i % 10 == 3,
                        i % 4 == 0 ? "NEET" : i % 7 == 0 ? "NOT_KNOWN" : "SUSTAINED");
            }
            if (!permanent) {
                if (i % 5 == 1 && !recent) {
                    inclusion.place(
                            notified.pupilId(),
                            i % 2 == 0 ? brightways : farm,
                            "SCHOOL",
                            "PREVENTATIVE",
                            last.plusDays(3),
                            last.plusWeeks(8),
                            BigDecimal.valueOf(i % 2 == 0 ? 15 : 10),
                            BigDecimal.valueOf(i % 2 == 0 ? 420 : 300),
                            null,
                            null);
                }
                continue;
            }
            LocalDate sixth = days.nthSchoolDay(first, 6);
            LocalDate governorsDue = days.plusSchoolDays(first, 15);
            if (!sixth.isAfter(today)) {
                LocalDate from = i % 12 == 8 ? days.plusSchoolDays(sixth, 2) : sixth;
                inclusion.arrangeSixthDay(notified.exclusionId(), "Elmshire Pupil Referral Unit", from);
                inclusion.place(
                        notified.pupilId(),
                        pru,
                        "AUTHORITY",
                        "PERMANENT_EXCLUSION",
                        from,
                        null,
                        BigDecimal.valueOf(25),
                        BigDecimal.valueOf(650),
                        null,
                        null);
            }
            if (governorsDue.isBefore(today)) {
                inclusion.recordGovernors(notified.exclusionId(), days.plusSchoolDays(first, 12), i % 4 != 0);
            }
            if (first.plusMonths(3).isBefore(today) && i % 4 != 2) {
                inclusion.placeAtNewSchool(notified.exclusionId(), first.plusDays(40 + random.nextInt(40)));
            }
        }
        log.info("Demo inclusion loaded: term dates, {} exclusions, three providers and last year's outcomes", count);
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
