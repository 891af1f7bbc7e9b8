package uk.headsup.inclusion.internal.exclusions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
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

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** One exclusion with its pupil. */
    public record Notified(Exclusion exclusion, Pupil pupil) {}

    /** The rest of the form, given later. */
    record Details(
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

    /** The school days this pupil (by name and date of birth at this school) was suspended in the year. */
    @Transactional(readOnly = true)
    public int suspendedDays(long organisationId, ExclusionRules.Notice n, LocalDate from, LocalDate to) {
        SchoolDays days = schoolDays();
        return jdbc
                .sql("""
                        select e.first_day, e.last_day from inclusion_exclusions e join inclusion_pupils p on p.id = e.pupil_id
                         where p.organisation_id = :org and lower(p.first_name) = lower(:first)
                           and lower(p.last_name) = lower(:last) and p.date_of_birth = :dob
                           and e.kind = 'SUSPENSION' and e.first_day between :from and :to
                        """)
                .param("org", organisationId)
                .param("first", n.firstName().trim())
                .param("last", n.lastName().trim())
                .param("dob", n.dateOfBirth())
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> days.between(
                        rs.getDate(1).toLocalDate(),
                        rs.getDate(2) == null
                                ? rs.getDate(1).toLocalDate()
                                : rs.getDate(2).toLocalDate()))
                .list()
                .stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    /** Problems with a notice from this school, checked against what the school has notified before. */
    @Transactional(readOnly = true)
    public List<ExclusionRules.FieldProblem> check(long organisationId, ExclusionRules.Notice n, int alsoInFile) {
        int already = 0;
        if (n.firstName() != null && n.lastName() != null && n.dateOfBirth() != null && n.firstDay() != null) {
            LocalDate yearStart = LocalDate.of(
                    Integer.parseInt(SchoolDays.academicYear(n.firstDay()).substring(0, 4)), 9, 1);
            already = suspendedDays(
                    organisationId, n, yearStart, yearStart.plusYears(1).minusDays(1));
        }
        return ExclusionRules.check(n, schoolDays(), already + alsoInFile);
    }

    /** Saves a checked notice: the pupil (the same one if the school notified them before) and the exclusion. */
    public long notify(OrganisationSummary school, ExclusionRules.Notice n, String by, LocalDate notifiedOn) {
        SchoolDays days = schoolDays();
        ExclusionKind kind = ExclusionKind.of(n.kind()).orElseThrow();
        long pupil = jdbc.sql("""
                        select id from inclusion_pupils where organisation_id = :org and lower(first_name) = lower(:first)
                           and lower(last_name) = lower(:last) and date_of_birth = :dob
                        """)
                .param("org", school.id())
                .param("first", n.firstName().trim())
                .param("last", n.lastName().trim())
                .param("dob", n.dateOfBirth())
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into inclusion_pupils (organisation_id, school_urn, school_name, school_district,
                                       school_trust, first_name, last_name, date_of_birth, upn, retain_until)
                                values (:org, :urn, :school, :district, :trust, :first, :last, :dob, :upn, :retain)
                                returning id
                                """)
                        .param("org", school.id())
                        .param("urn", school.urn())
                        .param("school", school.name())
                        .param("district", school.district())
                        .param("trust", school.trust())
                        .param("first", n.firstName().trim())
                        .param("last", n.lastName().trim())
                        .param("dob", n.dateOfBirth())
                        .param("upn", blankToNull(Upn.normal(n.upn())))
                        .param("retain", n.dateOfBirth().plusYears(settings.retentionAge()))
                        .query(Long.class)
                        .single());
        LocalDate termStart = days.periods().stream()
                .filter(p -> p.kind() == SchoolDays.Kind.TERM && p.covers(n.firstDay()))
                .map(SchoolDays.Period::startsOn)
                .findFirst()
                .orElse(n.firstDay().minusMonths(3));
        int thisTerm = kind == ExclusionKind.SUSPENSION ? suspendedDays(school.id(), n, termStart, n.firstDay()) : 0;
        return jdbc.sql("""
                        insert into inclusion_exclusions (pupil_id, organisation_id, kind, first_day, last_day, reason,
                               notified_by, notified_at, governors_due, sixth_day_due)
                        values (:pupil, :org, :kind, :first, :last, :reason, :by, :at, :governors, :sixth)
                        returning id
                        """)
                .param("pupil", pupil)
                .param("org", school.id())
                .param("kind", kind.name())
                .param("first", n.firstDay())
                .param("last", n.lastDay())
                .param("reason", Reason.of(n.reason()).orElseThrow().name())
                .param("by", by)
                .param("at", notifiedOn.atTime(LocalTime.NOON).atZone(UK).toOffsetDateTime())
                .param("governors", Exclusion.governorsDue(kind, n.firstDay(), n.lastDay(), thisTerm, days))
                .param("sixth", Exclusion.sixthDayDue(kind, n.firstDay(), n.lastDay(), days))
                .query(Long.class)
                .single();
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

    @Transactional(readOnly = true)
    public List<Notified> all() {
        return jdbc.sql(SELECT + " order by e.first_day desc, e.id desc")
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
                rs.getObject("notified_at", java.time.OffsetDateTime.class)
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
