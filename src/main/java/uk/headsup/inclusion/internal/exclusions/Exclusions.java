package uk.headsup.inclusion.internal.exclusions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.OrganisationSummary;
import uk.headsup.inclusion.SchoolCalendar;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.internal.InclusionSettings;

/** Pupils and their exclusions as schools notify them, and what the school and the authority record after. */
@Service
@Transactional
public class Exclusions {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** One exclusion with its pupil. */
    public record Notified(Exclusion exclusion, Pupil pupil) {}

    /** The rest of the form, given later. */
    public record Details(
            String upn,
            int yearGroup,
            SenStatus senStatus,
            boolean freeSchoolMeals,
            boolean lookedAfter,
            boolean childInNeed,
            String socialWorker,
            Integer sessions,
            String account) {}

    private static final String SELECT = """
            select e.id, e.pupil_id, e.organisation_id, e.kind, e.first_day, e.last_day, e.sessions, e.reason,
                   e.account, e.notified_at, e.completed_at, e.governors_due, e.governors_held_on, e.governors_outcome,
                   e.review_requested_on, e.review_outcome, e.sixth_day_due, e.sixth_day_provider, e.sixth_day_from,
                   e.new_school_place_on,
                   p.school_urn, p.school_name, p.first_name, p.last_name, p.date_of_birth, p.upn, p.year_group,
                   p.sen_status, p.free_school_meals, p.looked_after, p.child_in_need, p.social_worker, p.retain_until
              from inclusion_exclusions e join inclusion_pupils p on p.id = e.pupil_id
            """;

    private final JdbcClient jdbc;
    private final SchoolCalendar calendar;
    private final InclusionSettings settings;

    Exclusions(JdbcClient jdbc, SchoolCalendar calendar, InclusionSettings settings) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.settings = settings;
    }

    public SchoolDays schoolDays() {
        return calendar.schoolDays();
    }

    /** The pupils of these notices the school notified before, with their suspensions: one statement. */
    @Transactional(readOnly = true)
    KnownPupils known(long organisationId, Collection<ExclusionRules.Notice> notices) {
        KnownPupils known = new KnownPupils();
        Map<String, ExclusionRules.Notice> named = new LinkedHashMap<>();
        for (ExclusionRules.Notice n : notices) {
            if (n.firstName() != null && n.lastName() != null && n.dateOfBirth() != null) {
                named.putIfAbsent(KnownPupils.key(n), n);
            }
        }
        if (named.isEmpty()) {
            return known;
        }
        jdbc.sql("""
                        select p.id, p.first_name, p.last_name, p.date_of_birth, e.first_day, e.last_day
                          from unnest(cast(:firsts as text[]), cast(:lasts as text[]), cast(:births as date[]))
                               as k (first_name, last_name, date_of_birth)
                          join inclusion_pupils p on p.organisation_id = :org and lower(p.last_name) = k.last_name
                               and lower(p.first_name) = k.first_name and p.date_of_birth = k.date_of_birth
                          left join inclusion_exclusions e on e.pupil_id = p.id and e.kind = :suspension
                        """)
                .param("org", organisationId)
                .param("suspension", ExclusionKind.SUSPENSION.name())
                .param(
                        "firsts",
                        named.values().stream()
                                .map(n -> n.firstName().trim().toLowerCase(Locale.ROOT))
                                .toArray(String[]::new))
                .param(
                        "lasts",
                        named.values().stream()
                                .map(n -> n.lastName().trim().toLowerCase(Locale.ROOT))
                                .toArray(String[]::new))
                .param(
                        "births",
                        named.values().stream()
                                .map(n -> n.dateOfBirth().toString())
                                .toArray(String[]::new))
                .query((rs, i) -> {
                    String key = KnownPupils.key(
                            rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate());
                    known.pupil(key, rs.getLong(1));
                    if (rs.getDate(5) != null) {
                        known.suspended(
                                key,
                                rs.getDate(5).toLocalDate(),
                                rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate());
                    }
                    return key;
                })
                .list();
        return known;
    }

    /** Problems with a notice from this school, checked against what the school has notified before. */
    @Transactional(readOnly = true)
    public List<ExclusionRules.FieldProblem> check(long organisationId, ExclusionRules.Notice n, int alsoInFile) {
        return check(known(organisationId, List.of(n)), n, alsoInFile);
    }

    /**
     * Problems with a notice, checked against the pupil's suspensions known before it.
     *
     * @param alsoInFile school days of the pupil's suspensions earlier in the same file, in the same academic year
     */
    List<ExclusionRules.FieldProblem> check(KnownPupils known, ExclusionRules.Notice n, int alsoInFile) {
        SchoolDays days = schoolDays();
        int already = 0;
        if (n.firstName() != null && n.lastName() != null && n.dateOfBirth() != null && n.firstDay() != null) {
            LocalDate yearStart = LocalDate.of(
                    Integer.parseInt(SchoolDays.academicYear(n.firstDay()).substring(0, 4)), 9, 1);
            already = known.suspendedDays(n, yearStart, yearStart.plusYears(1).minusDays(1), days);
        }
        return ExclusionRules.check(n, days, already + alsoInFile);
    }

    /** Saves a checked notice: the pupil (the same one if the school notified them before) and the exclusion. */
    public long notify(OrganisationSummary school, ExclusionRules.Notice n, String by, LocalDate notifiedOn) {
        return notifyAll(school, List.of(n), by, notifiedOn).get(0);
    }

    /**
     * Saves checked notices of one school, in order (a file of them): new pupils in one statement per thousand,
     * exclusions likewise, each counted with the suspensions saved before it. Returns the exclusions' ids.
     */
    public List<Long> notifyAll(
            OrganisationSummary school, List<ExclusionRules.Notice> notices, String by, LocalDate notifiedOn) {
        SchoolDays days = schoolDays();
        KnownPupils known = known(school.id(), notices);
        Map<String, ExclusionRules.Notice> newPupils = new LinkedHashMap<>();
        for (ExclusionRules.Notice n : notices) {
            if (known.id(n).isEmpty()) {
                newPupils.putIfAbsent(KnownPupils.key(n), n);
            }
        }
        for (List<ExclusionRules.Notice> chunk : chunks(new ArrayList<>(newPupils.values()), 1000)) {
            List<Object> params = new ArrayList<>();
            for (ExclusionRules.Notice n : chunk) {
                params.addAll(Arrays.asList(
                        school.id(),
                        school.urn(),
                        school.name(),
                        school.district(),
                        school.trust(),
                        n.firstName().trim(),
                        n.lastName().trim(),
                        n.dateOfBirth(),
                        blankToNull(Upn.normal(n.upn())),
                        n.dateOfBirth().plusYears(settings.retentionAge())));
            }
            jdbc.sql("insert into inclusion_pupils (organisation_id, school_urn, school_name, school_district,"
                            + " school_trust, first_name, last_name, date_of_birth, upn, retain_until) values "
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                            + " returning id, first_name, last_name, date_of_birth")
                    .params(params)
                    .query((rs, i) -> {
                        known.pupil(
                                KnownPupils.key(
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getDate(4).toLocalDate()),
                                rs.getLong(1));
                        return null;
                    })
                    .list();
        }
        List<Object[]> rows = new ArrayList<>();
        for (ExclusionRules.Notice n : notices) {
            ExclusionKind kind = ExclusionKind.of(n.kind()).orElseThrow();
            int thisTerm = kind == ExclusionKind.SUSPENSION
                    ? known.suspendedDays(n, termStart(days, n.firstDay()), n.firstDay(), days)
                    : 0;
            if (kind == ExclusionKind.SUSPENSION) {
                known.suspended(KnownPupils.key(n), n.firstDay(), n.lastDay());
            }
            rows.add(new Object[] {
                known.id(n).orElseThrow(),
                school.id(),
                kind.name(),
                n.firstDay(),
                n.lastDay(),
                Reason.of(n.reason()).orElseThrow().name(),
                by,
                notifiedOn.atTime(LocalTime.NOON).atZone(UK).toOffsetDateTime(),
                Exclusion.governorsDue(kind, n.firstDay(), n.lastDay(), thisTerm, days),
                Exclusion.sixthDayDue(kind, n.firstDay(), n.lastDay(), days)
            });
        }
        List<Long> ids = new ArrayList<>();
        for (List<Object[]> chunk : chunks(rows, 1000)) {
            ids.addAll(jdbc.sql("insert into inclusion_exclusions (pupil_id, organisation_id, kind, first_day,"
                            + " last_day, reason, notified_by, notified_at, governors_due, sixth_day_due) values "
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                            + " returning id")
                    .params(chunk.stream().flatMap(Arrays::stream).toList())
                    .query(Long.class)
                    .list());
        }
        return ids;
    }

    /** The first day of the term this day falls in (three months before it if the term dates do not say). */
    private static LocalDate termStart(SchoolDays days, LocalDate day) {
        return days.periods().stream()
                .filter(p -> p.kind() == SchoolDays.Kind.TERM && p.covers(day))
                .map(SchoolDays.Period::startsOn)
                .findFirst()
                .orElse(day.minusMonths(3));
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    public void completeDetails(Exclusion exclusion, Details d) {
        jdbc.sql("""
                        update inclusion_pupils set upn = :upn, year_group = :year, sen_status = :sen,
                               free_school_meals = :fsm, looked_after = :lac, child_in_need = :cin, social_worker = :sw
                         where id = :id
                        """)
                .param("upn", blankToNull(Upn.normal(d.upn())))
                .param("year", d.yearGroup())
                .param("sen", d.senStatus().name())
                .param("fsm", d.freeSchoolMeals())
                .param("lac", d.lookedAfter())
                .param("cin", d.childInNeed())
                .param("sw", blankToNull(d.socialWorker()))
                .param("id", exclusion.pupilId())
                .update();
        exclusion.sessions = d.sessions();
        exclusion.account = blankToNull(d.account());
        exclusion.completed = true;
        save(exclusion);
    }

    /** Writes what the exclusion's methods changed. */
    public void save(Exclusion e) {
        jdbc.sql("""
                        update inclusion_exclusions set sessions = :sessions, account = :account,
                               completed_at = case when :completed then coalesce(completed_at, now()) end,
                               governors_held_on = :held, governors_outcome = :outcome,
                               review_requested_on = :review, review_outcome = :reviewOutcome,
                               sixth_day_provider = :provider, sixth_day_from = :from, new_school_place_on = :place
                         where id = :id
                        """)
                .param("sessions", e.sessions)
                .param("account", e.account)
                .param("completed", e.completed)
                .param("held", e.governorsHeldOn)
                .param("outcome", e.governorsOutcome == null ? null : e.governorsOutcome.name())
                .param("review", e.reviewRequestedOn)
                .param("reviewOutcome", e.reviewOutcome == null ? null : e.reviewOutcome.name())
                .param("provider", e.sixthDayProvider)
                .param("from", e.sixthDayFrom)
                .param("place", e.newSchoolPlaceOn)
                .param("id", e.id)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Notified> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query(Exclusions::row)
                .optional();
    }

    /** Every exclusion of these schools, latest first. */
    @Transactional(readOnly = true)
    public List<Notified> ofSchools(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.organisation_id in (:orgs) order by e.first_day desc, e.id desc")
                .param("orgs", organisationIds)
                .query(Exclusions::row)
                .list();
    }

    /** A pupil by id, through any of their exclusions. */
    @Transactional(readOnly = true)
    public Optional<Pupil> pupil(long pupilId) {
        return ofPupil(pupilId).stream().map(Notified::pupil).findFirst();
    }

    /** The latest exclusions notified anywhere, newest first day first: the officer's list. */
    @Transactional(readOnly = true)
    public List<Notified> latest(int limit) {
        return jdbc.sql(SELECT + " order by e.first_day desc, e.id desc limit :limit")
                .param("limit", limit)
                .query(Exclusions::row)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Notified> ofPupil(long pupilId) {
        return jdbc.sql(SELECT + " where e.pupil_id = :pupil order by e.first_day")
                .param("pupil", pupilId)
                .query(Exclusions::row)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Notified> open() {
        return jdbc.sql(SELECT + """
                         where e.completed_at is null
                            or (e.governors_due is not null and e.governors_held_on is null)
                            or (e.sixth_day_due is not null and e.sixth_day_from is null)
                            or (e.review_requested_on is not null and e.review_outcome is null)
                         order by e.first_day
                        """).query(Exclusions::row).list();
    }

    static Notified row(ResultSet rs, int n) throws SQLException {
        Exclusion e = new Exclusion(
                rs.getLong("id"),
                rs.getLong("pupil_id"),
                rs.getLong("organisation_id"),
                ExclusionKind.valueOf(rs.getString("kind")),
                date(rs, "first_day"),
                date(rs, "last_day"),
                (Integer) rs.getObject("sessions"),
                Reason.valueOf(rs.getString("reason")),
                rs.getString("account"),
                rs.getObject("notified_at", OffsetDateTime.class)
                        .atZoneSameInstant(UK)
                        .toLocalDate(),
                rs.getObject("completed_at") != null,
                date(rs, "governors_due"),
                date(rs, "governors_held_on"),
                rs.getString("governors_outcome") == null
                        ? null
                        : Exclusion.GovernorsOutcome.valueOf(rs.getString("governors_outcome")),
                date(rs, "review_requested_on"),
                rs.getString("review_outcome") == null
                        ? null
                        : Exclusion.ReviewOutcome.valueOf(rs.getString("review_outcome")),
                date(rs, "sixth_day_due"),
                rs.getString("sixth_day_provider"),
                date(rs, "sixth_day_from"),
                date(rs, "new_school_place_on"));
        Pupil p = new Pupil(
                rs.getLong("pupil_id"),
                rs.getLong("organisation_id"),
                rs.getString("school_urn"),
                rs.getString("school_name"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                date(rs, "date_of_birth"),
                rs.getString("upn"),
                (Integer) rs.getObject("year_group"),
                rs.getString("sen_status"),
                (Boolean) rs.getObject("free_school_meals"),
                (Boolean) rs.getObject("looked_after"),
                (Boolean) rs.getObject("child_in_need"),
                rs.getString("social_worker"),
                date(rs, "retain_until"));
        return new Notified(e, p);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
