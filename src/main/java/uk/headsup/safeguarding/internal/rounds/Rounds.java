package uk.headsup.safeguarding.internal.rounds;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.assessment.Framework.OrganisationType;
import uk.headsup.directory.OrganisationFacts;

/** Rounds, their returns, and the log of authority staff's views, as stored. */
@Repository
public class Rounds {

    private final JdbcClient jdbc;

    Rounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(String title, long versionId, LocalDate first, LocalDate last, boolean earlyYears, String by) {
        return jdbc.sql("""
                        insert into safeguarding_rounds (title, version_id, first_deadline, final_deadline,
                            include_early_years, opened_by)
                        values (:title, :version, :first, :last, :earlyYears, :by) returning id
                        """)
                .param("title", title)
                .param("version", versionId)
                .param("first", Date.valueOf(first))
                .param("last", Date.valueOf(last))
                .param("earlyYears", earlyYears)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void addReturn(long roundId, OrganisationFacts o, OrganisationType type) {
        jdbc.sql("""
                        insert into safeguarding_returns (round_id, organisation_id, organisation_name,
                            organisation_type, phase, district, establishment_type, trust_id, trust_name)
                        values (:round, :org, :name, :type, :phase, :district, :establishment, :trust, :trustName)
                        on conflict do nothing
                        """)
                .param("round", roundId)
                .param("org", o.id())
                .param("name", o.name())
                .param("type", type == null ? null : type.name())
                .param("phase", o.phase() == null ? null : o.phase().label())
                .param("district", o.district())
                .param("establishment", o.establishmentType())
                .param("trust", o.trustId())
                .param("trustName", o.trustName())
                .update();
    }

    public Optional<Round> round(long id) {
        return jdbc.sql("select * from safeguarding_rounds where id = :id")
                .param("id", id)
                .query(Rounds::round)
                .optional();
    }

    /** Every round, newest first. */
    public List<Round> rounds() {
        return jdbc.sql("select * from safeguarding_rounds order by opened_at desc, id desc")
                .query(Rounds::round)
                .list();
    }

    /** The round before this one, for last year's answers. */
    public Optional<Round> previous(Round round) {
        return jdbc.sql("select * from safeguarding_rounds where opened_at < :at or (opened_at = :at and id < :id)"
                        + " order by opened_at desc, id desc limit 1")
                .param("at", Timestamp.from(round.openedAt()))
                .param("id", round.id())
                .query(Rounds::round)
                .optional();
    }

    /** The round after this one (next year's), to see whether an offer helped. */
    public Optional<Round> next(Round round) {
        return jdbc.sql("select * from safeguarding_rounds where opened_at > :at or (opened_at = :at and id > :id)"
                        + " order by opened_at, id limit 1")
                .param("at", Timestamp.from(round.openedAt()))
                .param("id", round.id())
                .query(Rounds::round)
                .optional();
    }

    public Optional<AuditReturn> auditReturn(long id) {
        return jdbc.sql("select * from safeguarding_returns where id = :id")
                .param("id", id)
                .query(Rounds::auditReturn)
                .optional();
    }

    public Optional<AuditReturn> auditReturn(long roundId, long organisationId) {
        return jdbc.sql("select * from safeguarding_returns where round_id = :round and organisation_id = :org")
                .param("round", roundId)
                .param("org", organisationId)
                .query(Rounds::auditReturn)
                .optional();
    }

    public List<AuditReturn> returns(long roundId) {
        return jdbc.sql("select * from safeguarding_returns where round_id = :round order by organisation_name, id")
                .param("round", roundId)
                .query(Rounds::auditReturn)
                .list();
    }

    /** The returns of these organisations in every round, newest round first. */
    public List<AuditReturn> returnsOf(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select r.* from safeguarding_returns r join safeguarding_rounds d on d.id = r.round_id"
                                + " where r.organisation_id in (:orgs) order by d.opened_at desc, d.id desc, r.organisation_name")
                .param("orgs", organisationIds)
                .query(Rounds::auditReturn)
                .list();
    }

    /** The returns of these academy trusts' schools in every round, newest round first. */
    public List<AuditReturn> returnsOfTrusts(Collection<Long> trustIds) {
        if (trustIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.* from safeguarding_returns r join safeguarding_rounds d on d.id = r.round_id"
                        + " where r.trust_id in (:trusts) order by d.opened_at desc, d.id desc, r.organisation_name")
                .param("trusts", trustIds)
                .query(Rounds::auditReturn)
                .list();
    }

    /** Every return a viewer outside the authority may read: of their own organisations or their trusts' schools. */
    public List<AuditReturn> returnsFor(Viewer viewer) {
        Set<Long> organisations = new HashSet<>(viewer.organisations());
        organisations.addAll(viewer.reads());
        if (organisations.isEmpty() && viewer.trusts().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.* from safeguarding_returns r join safeguarding_rounds d on d.id = r.round_id"
                        + " where r.organisation_id in (:orgs) or r.trust_id in (:trusts)"
                        + " order by d.opened_at desc, d.id desc, r.organisation_name")
                .param("orgs", organisations.isEmpty() ? List.of(-1L) : organisations)
                .param("trusts", viewer.trusts().isEmpty() ? List.of(-1L) : viewer.trusts())
                .query(Rounds::auditReturn)
                .list();
    }

    public void started(long returnId, long responseId) {
        jdbc.sql("update safeguarding_returns set response_id = :response where id = :id and response_id is null")
                .param("response", responseId)
                .param("id", returnId)
                .update();
    }

    /**
     * A fingerprint of a round's returns: how many, how many signed off, the sum of those ids and the latest sign-off.
     * Only starting a return and signing one off (or undoing it) change a return, so this moves with every change that
     * can alter the county analysis on the returns' side.
     */
    record ReturnsStamp(long count, long signed, long signedIdSum, Instant latestSigned) {}

    public ReturnsStamp stamp(long roundId) {
        return jdbc.sql("""
                        select count(*), count(signed_off_at), coalesce(sum(id) filter (where signed_off_at is not null), 0),
                               max(signed_off_at)
                        from safeguarding_returns where round_id = :round
                        """)
                .param("round", roundId)
                .query((rs, n) -> new ReturnsStamp(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .single();
    }

    public void signedOff(long returnId, boolean signedOff) {
        jdbc.sql("update safeguarding_returns set signed_off_at = case when :yes then now() end where id = :id")
                .param("yes", signedOff)
                .param("id", returnId)
                .update();
    }

    public void viewed(long returnId, String viewer, String page) {
        jdbc.sql("insert into safeguarding_views (return_id, viewer, page) values (:id, :viewer, :page)")
                .param("id", returnId)
                .param("viewer", viewer)
                .param("page", page)
                .update();
    }

    record View(String viewer, String page, Instant at) {}

    List<View> views(long returnId) {
        return jdbc.sql("select viewer, page, at from safeguarding_views where return_id = :id order by at desc")
                .param("id", returnId)
                .query((rs, n) -> new View(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getLong("version_id"),
                rs.getDate("first_deadline").toLocalDate(),
                rs.getDate("final_deadline").toLocalDate(),
                rs.getBoolean("include_early_years"),
                rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant());
    }

    private static AuditReturn auditReturn(ResultSet rs, int n) throws SQLException {
        long response = rs.getLong("response_id");
        boolean noResponse = rs.wasNull();
        long trust = rs.getLong("trust_id");
        boolean noTrust = rs.wasNull();
        String type = rs.getString("organisation_type");
        return new AuditReturn(
                rs.getLong("id"),
                rs.getLong("round_id"),
                rs.getLong("organisation_id"),
                rs.getString("organisation_name"),
                type == null ? null : OrganisationType.valueOf(type),
                rs.getString("phase"),
                rs.getString("district"),
                rs.getString("establishment_type"),
                noTrust ? null : trust,
                rs.getString("trust_name"),
                noResponse ? null : response,
                rs.getTimestamp("signed_off_at") != null);
    }
}
