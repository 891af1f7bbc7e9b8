package uk.headsup.safeguarding.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventBookings;
import uk.headsup.events.TrainingAttended;

/**
 * The safeguarding training of a school's DSL, deputies and staff, filled in on its return from Heads Up's own
 * courses: every training course they attended (register settled, through {@link EventBookings}) that is about
 * safeguarding, meaning its title names it (safeguarding, safer recruitment, child protection, designated safeguarding lead, Prevent,
 * Keeping children safe in education) or the officer linked it to a standard of an audit round.
 */
@Component
class TrainingRecords {

    static final Pattern SAFEGUARDING = Pattern.compile(
            "safeguard|safer recruitment|child protection|\\bDSLs?\\b|\\bprevent\\b|keeping children safe|\\bKCSIE\\b",
            Pattern.CASE_INSENSITIVE);

    private final EventBookings bookings;
    private final Directory directory;
    private final JdbcClient jdbc;

    TrainingRecords(EventBookings bookings, Directory directory, JdbcClient jdbc) {
        this.bookings = bookings;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /**
     * One course one person attended.
     *
     * @param role their role at the school that matters here ("Designated safeguarding lead", or "Staff")
     * @param source where the date comes from, as the school sees it
     */
    record Line(String name, String role, String course, LocalDate attendedOn, String source) {}

    /** The school's safeguarding training from Heads Up's courses, DSL first, then deputies, then staff; newest first. */
    List<Line> of(long organisationId) {
        Set<Long> linked = new HashSet<>(jdbc.sql("select distinct event_id from safeguarding_standard_events")
                .query(Long.class)
                .list());
        Map<String, OrganisationRole> roles = directory
                .members(Audience.of(OrganisationRole.DSL, OrganisationRole.DEPUTY_DSL), LocalDate.now(UkTime.ZONE))
                .stream()
                .filter(m -> m.organisationId() == organisationId)
                .collect(Collectors.toMap(
                        m -> m.email().toLowerCase(Locale.ROOT),
                        AudienceMember::role,
                        (a, b) -> a == OrganisationRole.DSL ? a : b));
        Function<TrainingAttended, OrganisationRole> role =
                t -> roles.get(t.attendeeEmail().toLowerCase(Locale.ROOT));
        return bookings.trainingAttendedAt(organisationId).stream()
                .filter(t -> linked.contains(t.eventId())
                        || SAFEGUARDING.matcher(t.title()).find())
                .sorted(Comparator.comparingInt((TrainingAttended t) -> rank(role.apply(t)))
                        .thenComparing(TrainingAttended::attendedOn, Comparator.reverseOrder()))
                .map(t -> new Line(
                        t.attendeeName(),
                        role.apply(t) == null ? "Staff" : role.apply(t).label(),
                        t.title(),
                        t.attendedOn(),
                        t.certificate() ? "Heads Up course, certificate issued" : "Heads Up course register"))
                .toList();
    }

    private static int rank(OrganisationRole role) {
        return role == OrganisationRole.DSL ? 0 : role == OrganisationRole.DEPUTY_DSL ? 1 : 2;
    }

    /** Training the school added itself, newest first. */
    List<Line> added(long returnId) {
        return jdbc.sql("select name, course, trained_on, added_by from safeguarding_training where return_id = :id"
                        + " order by trained_on desc, id desc")
                .param("id", returnId)
                .query((rs, n) -> new Line(
                        rs.getString(1),
                        "",
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        "Added by " + rs.getString(4)))
                .list();
    }

    void add(long returnId, String name, String course, LocalDate on, String by) {
        jdbc.sql("insert into safeguarding_training (return_id, name, course, trained_on, added_by)"
                        + " values (:id, :name, :course, :on, :by)")
                .param("id", returnId)
                .param("name", name)
                .param("course", course)
                .param("on", Date.valueOf(on))
                .param("by", by)
                .update();
    }
}
