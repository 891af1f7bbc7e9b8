package uk.headsup.safeguarding.internal.training;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventBookings;
import uk.headsup.events.TrainingAttended;
import uk.headsup.platform.UkTime;

/**
 * The safeguarding training of a school's DSL, deputies and staff, filled in on its return from Heads Up's own
 * courses: every training course they attended (register settled, through {@link EventBookings}) that is about
 * safeguarding, meaning its title names it (safeguarding, safer recruitment, child protection, designated safeguarding lead, Prevent,
 * Keeping children safe in education) or the officer linked it to a standard of an audit round.
 */
@Component
public class TrainingRecords {

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
     * @param key names a line filled in from events, so that the school can correct it; null for a line it added
     * @param role their role at the school that matters here ("Designated safeguarding lead", or "Staff")
     * @param source where the date comes from, as the school sees it
     * @param addedId the school's own line (added or a correction), which it may remove; null for events' lines
     * @param fromHeadsUp for a corrected line, what Heads Up's courses said (kept in view); null otherwise
     */
    public record Line(
            String key,
            String name,
            String role,
            String course,
            LocalDate attendedOn,
            String source,
            Long addedId,
            Line fromHeadsUp) {

        public boolean corrected() {
            return fromHeadsUp != null;
        }
    }

    /**
     * The school's safeguarding training from Heads Up's courses, DSL first, then deputies, then staff; newest first;
     * each line the school corrected on this return shown as corrected, with what Heads Up said.
     */
    public List<Line> of(long organisationId, long returnId) {
        Map<String, Line> corrections = new HashMap<>();
        jdbc.sql("select id, name, course, trained_on, added_by, corrects from safeguarding_training"
                        + " where return_id = :id and corrects is not null order by id")
                .param("id", returnId)
                .query((rs, n) -> new Line(
                        rs.getString(6),
                        rs.getString(2),
                        "",
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        "Corrected by " + rs.getString(5),
                        rs.getLong(1),
                        null))
                .list()
                .forEach(c -> corrections.put(c.key(), c));
        return fromEvents(organisationId).stream()
                .map(line -> {
                    Line c = corrections.get(line.key());
                    return c == null
                            ? line
                            : new Line(
                                    line.key(),
                                    c.name(),
                                    line.role(),
                                    c.course(),
                                    c.attendedOn(),
                                    c.source(),
                                    c.addedId(),
                                    line);
                })
                .toList();
    }

    /** The lines Heads Up's courses give, uncorrected. */
    public List<Line> fromEvents(long organisationId) {
        Set<Long> linked = new HashSet<>(jdbc.sql("select distinct event_id from safeguarding_standard_events")
                .query(Long.class)
                .list());
        Map<String, OrganisationRole> roles = directory
                .members(Audience.of(OrganisationRole.DSL, OrganisationRole.DEPUTY_DSL), LocalDate.now(UkTime.UK))
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
                        key(t),
                        t.attendeeName(),
                        role.apply(t) == null ? "Staff" : role.apply(t).label(),
                        t.title(),
                        t.attendedOn(),
                        t.certificate() ? "Heads Up course, certificate issued" : "Heads Up course register",
                        null,
                        null))
                .toList();
    }

    /** A stable name for a person's attendance at one event that does not show their email address. */
    private static String key(TrainingAttended t) {
        return "course-" + t.eventId() + "-"
                + UUID.nameUUIDFromBytes(
                        t.attendeeEmail().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    private static int rank(OrganisationRole role) {
        return role == OrganisationRole.DSL ? 0 : role == OrganisationRole.DEPUTY_DSL ? 1 : 2;
    }

    /** Training the school added itself (not corrections of events' lines), newest first. */
    public List<Line> added(long returnId) {
        return jdbc.sql("select id, name, course, trained_on, added_by from safeguarding_training"
                        + " where return_id = :id and corrects is null order by trained_on desc, id desc")
                .param("id", returnId)
                .query((rs, n) -> new Line(
                        null,
                        rs.getString(2),
                        "",
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        "Added by " + rs.getString(5),
                        rs.getLong(1),
                        null))
                .list();
    }

    /**
     * Adds a line the school knows of, or, with {@code corrects} naming a line from events, corrects that line on
     * this return (a second correction of the same line replaces the first).
     */
    @Transactional
    public void add(long returnId, String name, String course, LocalDate on, String by, String corrects) {
        if (corrects != null) {
            jdbc.sql("delete from safeguarding_training where return_id = :id and corrects = :corrects")
                    .param("id", returnId)
                    .param("corrects", corrects)
                    .update();
        }
        jdbc.sql("insert into safeguarding_training (return_id, name, course, trained_on, added_by, corrects)"
                        + " values (:id, :name, :course, :on, :by, :corrects)")
                .param("id", returnId)
                .param("name", name)
                .param("course", course)
                .param("on", Date.valueOf(on))
                .param("by", by)
                .param("corrects", corrects)
                .update();
    }

    /** Removes a line the school added or a correction it made (the events line shows as it was); false if none. */
    public boolean remove(long returnId, long lineId) {
        return jdbc.sql("delete from safeguarding_training where return_id = :id and id = :line")
                        .param("id", returnId)
                        .param("line", lineId)
                        .update()
                > 0;
    }
}
