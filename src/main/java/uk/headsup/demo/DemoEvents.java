package uk.headsup.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.EventType;
import uk.headsup.events.NewEvent;
import uk.headsup.events.NewSeries;
import uk.headsup.events.Vat;

/**
 * Elmshire's events, loaded with the county through the events module's public API: the headteachers'
 * conference, paid safeguarding training with two places left, a termly briefing, an awards evening, and this
 * academic year's Fair Access Protocol panels and assessment meetings as calendars.
 */
@Component
class DemoEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String GRACE = "grace.okafor@elmshire.example";

    private final DemoCounty county;
    private final EventPlanning events;
    private final Directory directory;
    private final Clock clock;
    private volatile boolean loaded;

    DemoEvents(DemoCounty county, EventPlanning events, Directory directory, Clock clock) {
        this.county = county;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void start() {
        loaded = true;
        if (!county.enabled() || events.hasEvents()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        conference(today);
        long safeguarding = safeguardingTraining(today);
        fillAllButTwo(safeguarding, today);
        briefing(today);
        awards(today);
        meetings(today);
        log.info("Demo events loaded: the conference, training, a briefing, awards and this year's meeting calendars");
    }

    private void conference(LocalDate today) {
        LocalDate day = weekday(today.plusWeeks(7));
        events.add(
                new NewEvent(
                        EventType.CONFERENCE,
                        "Elmshire Headteachers' Conference " + day.getYear(),
                        """
                        Our annual conference for every headteacher in Elmshire.

                        - **Keynote:** inclusion that lasts, from the Director of Children's Services
                        - Workshops on attendance, SEND funding and leadership wellbeing
                        - Lunch and time with colleagues from your cluster
                        """,
                        Audience.of(OrganisationRole.HEADTEACHER),
                        "Headteachers of schools and settings",
                        List.of(session(day, 9, 0, 16, 0)),
                        new NewEvent.Venue(
                                "Elmbridge Racecourse Conference Centre",
                                "Grandstand Road\nElmbridge\nEL1 5RC",
                                "Step-free access throughout, accessible toilets on every floor, hearing loop in the main hall,"
                                        + " a quiet room, and 20 accessible parking spaces by the entrance.",
                                ""),
                        "",
                        "Grace Okafor",
                        GRACE,
                        true,
                        180,
                        0,
                        Vat.NONE,
                        null,
                        day.minusWeeks(2).atTime(17, 0),
                        day.minusWeeks(1).atTime(17, 0),
                        2,
                        true,
                        48,
                        true,
                        3,
                        List.of(),
                        null),
                GRACE);
    }

    private long safeguardingTraining(LocalDate today) {
        LocalDate first = weekday(today.plusWeeks(4));
        LocalDate second = weekday(first.plusWeeks(1));
        return events.add(
                dslTraining(
                        "Designated Safeguarding Lead refresher training",
                        """
                        The two-yearly refresher for designated safeguarding leads and deputies, over two mornings.

                        - Keeping children safe in education: what changed this year
                        - Online safety, harmful sexual behaviour and contextual safeguarding
                        - Record keeping, referrals and working with children's social care

                        A certificate of attendance is emailed to everyone who attends both mornings.
                        """,
                        Audience.of(
                                OrganisationRole.DSL,
                                OrganisationRole.HEADTEACHER,
                                OrganisationRole.DEPUTY_HEADTEACHER),
                        "Designated safeguarding leads, headteachers and deputies",
                        List.of(session(first, 9, 30, 12, 30), session(second, 9, 30, 12, 30)),
                        12,
                        9500,
                        Vat.STANDARD),
                GRACE);
    }

    /**
     * A safeguarding course at Shire Hall with Owen Reid, at most two places a school, evaluated with the standard
     * questions; booking closes three days before the first session, cancelling a week before.
     */
    static NewEvent dslTraining(
            String title,
            String description,
            Audience audience,
            String audienceLabel,
            List<NewEvent.Session> sessions,
            int capacity,
            long pricePence,
            Vat vat) {
        LocalDate first = sessions.get(0).starts().toLocalDate();
        return new NewEvent(
                EventType.TRAINING,
                title,
                description,
                audience,
                audienceLabel,
                sessions,
                new NewEvent.Venue(
                        "Shire Hall, Training Room 2",
                        "Shire Hall\nElmbridge\nEL1 2AB",
                        "Step-free access by the east entrance, lift to all floors, hearing loop.",
                        ""),
                "Owen Reid",
                "Owen Reid",
                "owen.reid@elmshire.example",
                true,
                capacity,
                pricePence,
                vat,
                null,
                first.minusDays(3).atTime(17, 0),
                first.minusWeeks(1).atTime(17, 0),
                2,
                false,
                48,
                false,
                2,
                NewEvent.STANDARD_QUESTIONS,
                null);
    }

    /** Ten designated safeguarding leads of ten schools have booked already: two places are left. */
    private void fillAllButTwo(long eventId, LocalDate today) {
        List<AudienceMember> dsls = directory.members(Audience.of(OrganisationRole.DSL), today);
        int booked = 0;
        for (AudienceMember dsl : dsls) {
            if (booked == 10) {
                break;
            }
            booked +=
                    events.bookOnBehalf(eventId, dsl.organisationId(), List.of(dsl.personId()), GRACE, "Grace Okafor");
        }
    }

    private void briefing(LocalDate today) {
        LocalDate day = weekday(today.plusWeeks(2));
        events.add(
                new NewEvent(
                        EventType.BRIEFING,
                        "Termly headteachers' briefing",
                        "An hour online: school funding, admissions, and what is coming next term. Questions welcome.",
                        Audience.of(OrganisationRole.HEADTEACHER, OrganisationRole.BUSINESS_MANAGER),
                        "Headteachers and school business managers",
                        List.of(session(day, 15, 45, 16, 45)),
                        new NewEvent.Venue(
                                "",
                                "",
                                "Live captions are on. The recording is shared afterwards.",
                                "https://meet.elmshire.example/termly-briefing"),
                        "",
                        "Priya Shah",
                        "priya.shah@elmshire.example",
                        true,
                        300,
                        0,
                        Vat.NONE,
                        null,
                        day.atTime(12, 0),
                        day.atTime(12, 0),
                        null,
                        true,
                        48,
                        false,
                        1,
                        List.of(),
                        null),
                GRACE);
    }

    private void awards(LocalDate today) {
        LocalDate day = weekday(today.plusWeeks(10));
        events.add(
                new NewEvent(
                        EventType.AWARD_CEREMONY,
                        "SEND and Inclusion Quality Mark awards evening",
                        "Celebrating the schools and settings recognised this year. Two places per school or setting.",
                        Audience.everyone(),
                        "All staff of schools and settings",
                        List.of(session(day, 18, 0, 20, 0)),
                        new NewEvent.Venue(
                                "Elmbridge Guildhall",
                                "Market Square\nElmbridge\nEL1 1GH",
                                "Step-free access by the Market Square entrance; accessible toilets.",
                                ""),
                        "",
                        "Daniel Price",
                        "daniel.price@elmshire.example",
                        true,
                        120,
                        0,
                        Vat.NONE,
                        null,
                        day.minusWeeks(1).atTime(17, 0),
                        day.minusDays(3).atTime(17, 0),
                        2,
                        true,
                        48,
                        false,
                        2,
                        List.of(),
                        null),
                GRACE);
    }

    /**
     * The days of this academic year's Fair Access Protocol panels: the second Tuesday of each month, September to
     * July. The panel calendar and the demo bulletin's table of dates both come from here, so they agree.
     */
    static List<LocalDate> panelDays(LocalDate today) {
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        List<LocalDate> panels = new ArrayList<>();
        for (int m = 0; m < 11; m++) {
            LocalDate month = LocalDate.of(start, 9, 1).plusMonths(m);
            panels.add(month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY)));
        }
        return panels;
    }

    /** The academic year's FAP panels (monthly, Tuesdays) and assessment meetings (each half-term, Thursdays). */
    private void meetings(LocalDate today) {
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        String year = start + "/" + String.valueOf(start + 1).substring(2);
        long fap = events.addSeries(new NewSeries(
                "Fair Access Protocol panels",
                "Monthly panels that place children who need a school place outside the normal admissions round.",
                year,
                Audience.of(OrganisationRole.SENCO, OrganisationRole.PASTORAL_LEAD, OrganisationRole.HEADTEACHER),
                "SENCos, pastoral leads and headteachers"));
        long assessment = events.addSeries(new NewSeries(
                "SEND assessment meetings",
                "Multi-agency meetings that decide requests for education, health and care needs assessments.",
                year,
                Audience.of(OrganisationRole.SENCO),
                "SENCos"));
        for (LocalDate day : panelDays(today)) {
            events.add(
                    meeting(
                            "Fair Access Protocol panel",
                            fap,
                            day,
                            10,
                            0,
                            12,
                            0,
                            "SENCos, pastoral leads and headteachers",
                            Audience.of(
                                    OrganisationRole.SENCO,
                                    OrganisationRole.PASTORAL_LEAD,
                                    OrganisationRole.HEADTEACHER),
                            "Ruth Adeyemi",
                            "ruth.adeyemi@elmshire.example"),
                    GRACE);
        }
        int[] months = {10, 12, 2, 3, 5, 7};
        for (int month : months) {
            int y = month >= 9 ? start : start + 1;
            LocalDate day = LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
            events.add(
                    meeting(
                            "SEND assessment meeting",
                            assessment,
                            day,
                            13,
                            30,
                            16,
                            0,
                            "SENCos",
                            Audience.of(OrganisationRole.SENCO),
                            "Daniel Price",
                            "daniel.price@elmshire.example"),
                    GRACE);
        }
    }

    private static NewEvent meeting(
            String title,
            long series,
            LocalDate day,
            int h1,
            int m1,
            int h2,
            int m2,
            String label,
            Audience audience,
            String contact,
            String email) {
        return new NewEvent(
                EventType.STATUTORY_MEETING,
                title,
                "Papers are circulated a week before. Contact " + contact + " to add a case.",
                audience,
                label,
                List.of(session(day, h1, m1, h2, m2)),
                new NewEvent.Venue(
                        "Shire Hall, Committee Room 1",
                        "Shire Hall\nElmbridge\nEL1 2AB",
                        "Step-free access by the east entrance; hearing loop.",
                        "https://meet.elmshire.example/panels"),
                "",
                contact,
                email,
                false,
                0,
                0,
                Vat.NONE,
                null,
                day.atTime(h1, m1),
                day.atTime(h1, m1),
                null,
                false,
                48,
                false,
                null,
                List.of(),
                series);
    }

    private static NewEvent.Session session(LocalDate day, int h1, int m1, int h2, int m2) {
        return new NewEvent.Session(
                LocalDateTime.of(day, LocalTime.of(h1, m1)), LocalDateTime.of(day, LocalTime.of(h2, m2)));
    }

    /**
     * The date, or the next Tuesday to Thursday after it (events avoid Mondays and Fridays), outside the Christmas
     * and summer holidays.
     */
    private static LocalDate weekday(LocalDate date) {
        LocalDate d = date;
        if ((d.getMonthValue() == 12 && d.getDayOfMonth() >= 19) || (d.getMonthValue() == 1 && d.getDayOfMonth() < 5)) {
            d = LocalDate.of(d.getMonthValue() == 12 ? d.getYear() + 1 : d.getYear(), 1, 6);
        } else if ((d.getMonthValue() == 7 && d.getDayOfMonth() >= 22) || d.getMonthValue() == 8) {
            d = LocalDate.of(d.getYear(), 9, 8);
        }
        while (d.getDayOfWeek() == DayOfWeek.MONDAY
                || d.getDayOfWeek() == DayOfWeek.FRIDAY
                || d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return loaded;
    }

    /** After the county (phase 0), before the web server takes requests. */
    @Override
    public int getPhase() {
        return DemoCounty.PHASE + 1;
    }
}
