package uk.headsup.recognition.internal.awards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Actor;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.recognition.internal.applications.Applications.Refused;
import uk.headsup.recognition.internal.applications.AwardsMade;

/**
 * Awards after the panel: the public register's query, consent to be listed, review when a grade falls, withdrawal
 * and expiry. Every change is a row of {@code recognition_award_history}; nothing is deleted.
 */
@Service
@Transactional
public class Awards implements AwardsMade {

    /** An award's dates as letters and certificates write them: "4 March 2026". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final AwardChanges changes;

    Awards(JdbcClient jdbc, AwardChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** What the public register is filtered by; null for any. */
    public record Filter(
            String district,
            OrganisationKind kind,
            String scheme,
            LocalDate awardedFrom,
            LocalDate awardedTo,
            LocalDate expiresBy) {

        public static Filter any() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** One change to an award. */
    public record Change(String change, String detail, String by, Instant at) {}

    /**
     * Makes an award: the one place awards are created (by the panel's decision, or recorded from before Heads Up);
     * certificates, renewals and the register build on these rows.
     */
    public long make(
            long applicationId,
            String schemeKey,
            long organisationId,
            String name,
            OrganisationKind kind,
            String district,
            LocalDate startsOn,
            LocalDate expiresOn,
            boolean listed) {
        long id = jdbc.sql("""
                        insert into recognition_awards (application_id, scheme_key, organisation_id, name,
                            organisation_kind, district, starts_on, expires_on, listed)
                        values (:id, :scheme, :org, :name, :kind, :district, :starts, :expires, :listed)
                        returning id
                        """)
                .param("id", applicationId)
                .param("scheme", schemeKey)
                .param("org", organisationId)
                .param("name", name)
                .param("kind", kind.name())
                .param("district", district)
                .param("starts", startsOn)
                .param("expires", expiresOn)
                .param("listed", listed)
                .query(Long.class)
                .single();
        changes.changed();
        return id;
    }

    /** The awards in force on this day (not withdrawn, started, not yet expired). */
    @Transactional(readOnly = true)
    public List<Award> inForce(LocalDate today) {
        return jdbc.sql("""
                        select * from recognition_awards
                         where withdrawn_on is null and starts_on <= :today and expires_on > :today
                        """).param("today", today).query(Awards::award).list();
    }

    /** Whether any award has been made. */
    @Transactional(readOnly = true)
    public boolean any() {
        return jdbc.sql("select exists (select 1 from recognition_awards)")
                .query(Boolean.class)
                .single();
    }

    /** The awards invited to a ceremony. */
    @Transactional(readOnly = true)
    public List<Award> invitedTo(long ceremonyId) {
        return jdbc.sql("""
                        select w.* from recognition_awards w join recognition_ceremony_invitations i on i.award_id = w.id
                         where i.ceremony_id = :id order by w.name, w.id
                        """).param("id", ceremonyId).query(Awards::award).list();
    }

    /** The awards an application's decision made, by name. */
    @Transactional(readOnly = true)
    public List<Award> ofApplication(long applicationId) {
        return jdbc.sql("select * from recognition_awards where application_id = :id order by name")
                .param("id", applicationId)
                .query(Awards::award)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AwardMade> madeBy(long applicationId) {
        return ofApplication(applicationId).stream()
                .map(w -> new AwardMade(w.id(), w.name(), w.startsOn(), w.expiresOn(), w.listed()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Award> find(long id) {
        return jdbc.sql("select * from recognition_awards where id = :id")
                .param("id", id)
                .query(Awards::award)
                .optional();
    }

    /** The awards these organisations hold or held, newest first. */
    @Transactional(readOnly = true)
    public List<Award> ofOrganisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from recognition_awards where organisation_id in (:ids) order by starts_on desc, id desc")
                .param("ids", organisationIds)
                .query(Awards::award)
                .list();
    }

    /** Every award, in force or not, newest first: for the schemes officer. */
    @Transactional(readOnly = true)
    public List<Award> all() {
        return jdbc.sql("select * from recognition_awards order by starts_on desc, name, id")
                .query(Awards::award)
                .list();
    }

    /** Listed awards in force on a date that match the filter, by district then name: the public register. */
    @Transactional(readOnly = true)
    public List<Award> register(LocalDate on, Filter filter) {
        return jdbc.sql("""
                        select * from recognition_awards
                         where listed and withdrawn_on is null and starts_on <= :on and expires_on > :on
                           and (cast(:district as text) is null
                                or (district = :district and organisation_kind <> :childminder))
                           and (cast(:kind as text) is null or organisation_kind = :kind)
                           and (cast(:scheme as text) is null or scheme_key = :scheme)
                           and (cast(:from as date) is null or starts_on >= :from)
                           and (cast(:to as date) is null or starts_on <= :to)
                           and (cast(:expires as date) is null or expires_on <= :expires)
                         order by district nulls last, name, id
                        """)
                .param("on", on)
                .param("district", filter.district())
                .param("childminder", OrganisationKind.CHILDMINDER.name())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("scheme", filter.scheme())
                .param("from", filter.awardedFrom())
                .param("to", filter.awardedTo())
                .param("expires", filter.expiresBy())
                .query(Awards::award)
                .list();
    }

    /** The districts of listed awards in force: the register's district filter. */
    @Transactional(readOnly = true)
    public List<String> registerDistricts(LocalDate on) {
        return jdbc.sql("""
                        select distinct district from recognition_awards
                         where listed and withdrawn_on is null and starts_on <= :on and expires_on > :on
                           and district is not null and organisation_kind <> :childminder
                         order by district
                        """)
                .param("on", on)
                .param("childminder", OrganisationKind.CHILDMINDER.name())
                .query(String.class)
                .list();
    }

    /** The latest listed awards (in force on the date), newest first: the Atom feed of new awards. */
    @Transactional(readOnly = true)
    public List<Award> newest(LocalDate on, int limit) {
        return jdbc.sql("""
                        select * from recognition_awards
                         where listed and withdrawn_on is null and starts_on <= :on and expires_on > :on
                         order by starts_on desc, id desc limit :limit
                        """)
                .param("on", on)
                .param("limit", limit)
                .query(Awards::award)
                .list();
    }

    /** Awards made in a period (starting then) and not withdrawn: those to celebrate. */
    @Transactional(readOnly = true)
    public List<Award> madeBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from recognition_awards
                         where withdrawn_on is null and starts_on between :from and :to order by name, id
                        """)
                .param("from", from)
                .param("to", to)
                .query(Awards::award)
                .list();
    }

    /**
     * Changes whenever an award is made or changes (a new award, a new line of any award's history): what a copy of
     * the register kept in memory is checked against.
     */
    @Transactional(readOnly = true)
    public String stamp() {
        return jdbc.sql(
                        "select (select coalesce(max(id), 0) from recognition_awards) || '.' || (select coalesce(max(id), 0) from recognition_award_history)")
                .query(String.class)
                .single();
    }

    /** How many awards (not withdrawn, not expired) are under review. */
    @Transactional(readOnly = true)
    public int underReview(LocalDate on) {
        return jdbc.sql("""
                        select count(*) from recognition_awards
                         where under_review_since is not null and withdrawn_on is null and expires_on > :on
                        """).param("on", on).query(Integer.class).single();
    }

    /** How many organisations hold an award of the scheme on that day, listed or not. */
    @Transactional(readOnly = true)
    public int holders(String schemeKey, LocalDate on) {
        return jdbc.sql("""
                        select count(distinct organisation_id) from recognition_awards
                         where scheme_key = :scheme and withdrawn_on is null and starts_on <= :on and expires_on > :on
                        """)
                .param("scheme", schemeKey)
                .param("on", on)
                .query(Integer.class)
                .single();
    }

    /** Awards of an organisation in force, not yet under review, of schemes with an Ofsted grade rule. */
    public List<Award> heldUnderGradeRule(long organisationId, LocalDate on) {
        return jdbc.sql("""
                        select w.* from recognition_awards w join recognition_schemes s on s.key = w.scheme_key
                         where w.organisation_id = :org and s.minimum_grade is not null and w.withdrawn_on is null
                           and w.under_review_since is null and w.expires_on > :on
                        """)
                .param("org", organisationId)
                .param("on", on)
                .query(Awards::award)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Change> history(long awardId) {
        return jdbc.sql("""
                        select change, detail, by_whom, at from recognition_award_history where award_id = :id order by id
                        """)
                .param("id", awardId)
                .query((rs, n) -> new Change(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** A childminder agrees (or no longer agrees) to be named on the public register. */
    public void setListed(long awardId, boolean listed, Actor by) {
        Award award = find(awardId).orElseThrow();
        if (award.kind() != OrganisationKind.CHILDMINDER) {
            throw new Refused(List.of(award.name() + " is always listed: only childminders choose"));
        }
        if (award.listed() == listed) {
            return;
        }
        jdbc.sql("update recognition_awards set listed = :listed, listed_by = :by, listed_at = now() where id = :id")
                .param("listed", listed)
                .param("by", by.email())
                .param("id", awardId)
                .update();
        record(awardId, listed ? "Listed on the public register" : "Taken off the public register", "", by.name());
    }

    /** Flags the award under review and says why; false if it was already. */
    public boolean putUnderReview(long awardId, LocalDate on, String reason) {
        int changed = jdbc.sql("""
                        update recognition_awards set under_review_since = :on, review_reason = :reason
                         where id = :id and under_review_since is null and withdrawn_on is null
                        """)
                .param("on", on)
                .param("reason", reason)
                .param("id", awardId)
                .update();
        if (changed == 1) {
            record(awardId, "Under review", reason, "Heads Up");
        }
        return changed == 1;
    }

    /** The officer keeps the award after a review, saying why. */
    public void clearReview(long awardId, String reason, Actor by) {
        requireReason(reason, "why the award stands");
        int changed = jdbc.sql("""
                        update recognition_awards set under_review_since = null, review_reason = null
                         where id = :id and under_review_since is not null and withdrawn_on is null
                        """).param("id", awardId).update();
        if (changed == 0) {
            throw new Refused(List.of("The award is not under review"));
        }
        record(awardId, "Review closed: the award stands", reason.strip(), by.name());
    }

    /** The officer withdraws the award: recorded with who, when and why, never deleted. */
    /** What the award's history calls a holder's annual update. */
    public static final String ANNUAL_UPDATE = "Annual update";

    /** The holder's annual update, recorded in the award's history for the officer to read; refused once it ended. */
    public void annualUpdate(long awardId, LocalDate on, String update, Actor by) {
        requireReason(update, "what has changed since the award");
        Award award = find(awardId).orElseThrow();
        if (!award.inForce(on)) {
            throw new Refused(List.of("The award is " + award.status(on).label().toLowerCase(java.util.Locale.UK)
                    + ": an annual update is for an award in force"));
        }
        record(awardId, ANNUAL_UPDATE, update.strip(), by.name());
    }

    /** Whether the holder sent an annual update on or after this day. */
    @Transactional(readOnly = true)
    public boolean annualUpdateSince(long awardId, LocalDate since) {
        return jdbc.sql("""
                        select exists (select 1 from recognition_award_history
                                        where award_id = :id and change = :change and at >= :since)
                        """)
                .param("id", awardId)
                .param("change", ANNUAL_UPDATE)
                .param(
                        "since",
                        since.atStartOfDay(java.time.ZoneId.of("Europe/London")).toOffsetDateTime())
                .query(Boolean.class)
                .single();
    }

    public void withdraw(long awardId, LocalDate on, String reason, Actor by) {
        requireReason(reason, "why the award is withdrawn");
        int changed = jdbc.sql("""
                        update recognition_awards set withdrawn_on = :on, withdrawn_by = :by, withdrawn_reason = :reason
                         where id = :id and withdrawn_on is null
                        """)
                .param("on", on)
                .param("by", by.name())
                .param("reason", reason.strip())
                .param("id", awardId)
                .update();
        if (changed == 0) {
            throw new Refused(List.of("The award has been withdrawn already"));
        }
        record(awardId, "Withdrawn", reason.strip(), by.name());
    }

    /** Records, once, the expiry of every award that ended by that day; returns how many. */
    public int recordExpiries(LocalDate today) {
        List<Long> expired =
                jdbc.sql("""
                        update recognition_awards set expired_recorded_on = :today
                         where expires_on <= :today and expired_recorded_on is null and withdrawn_on is null
                        returning id
                        """).param("today", today).query(Long.class).list();
        expired.forEach(id -> record(id, "Expired", "", "Heads Up"));
        return expired.size();
    }

    public void record(long awardId, String change, String detail, String by) {
        jdbc.sql("insert into recognition_award_history (award_id, change, detail, by_whom) values (:id, :c, :d, :by)")
                .param("id", awardId)
                .param("c", change)
                .param("d", detail == null ? "" : detail)
                .param("by", by)
                .update();
        changes.changed();
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new Refused(List.of("Say " + what));
        }
        if (reason.length() > 2000) {
            throw new Refused(List.of("Say " + what + " in 2,000 characters or fewer"));
        }
    }

    static Award award(ResultSet rs, int row) throws SQLException {
        return new Award(
                rs.getLong("id"),
                rs.getLong("application_id"),
                rs.getString("scheme_key"),
                rs.getLong("organisation_id"),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("organisation_kind")),
                rs.getString("district"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                rs.getBoolean("listed"),
                rs.getObject("under_review_since", LocalDate.class),
                rs.getString("review_reason"),
                rs.getObject("withdrawn_on", LocalDate.class),
                rs.getString("withdrawn_by"),
                rs.getString("withdrawn_reason"));
    }
}
