package uk.headsup.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/** Everything the directory knows of one organisation, for its page. */
@Component
@Transactional(readOnly = true)
public class OrganisationDetails {

    public record Organisation(
            long id,
            OrganisationKind kind,
            String name,
            String urn,
            String code,
            Phase phase,
            String type,
            OrganisationStatus status,
            OrganisationSource source,
            String district,
            Long trustId,
            String trust,
            String headName,
            String street,
            String locality,
            String address3,
            String town,
            String county,
            String postcode,
            String telephone,
            String website,
            LocalDate openedOn,
            LocalDate closedOn) {

        public boolean open() {
            return !status.isClosed();
        }
    }

    public record Appointment(
            long personId, String name, String email, OrganisationRole role, LocalDate startsOn, LocalDate endsOn) {
        public boolean current(LocalDate today) {
            return !startsOn.isAfter(today) && (endsOn == null || !endsOn.isBefore(today));
        }
    }

    public record Related(long id, String name, String urn) {}

    public record Change(LocalDate on, String field, String oldValue, String newValue) {}

    public record Field(String name, String value) {}

    private final JdbcClient jdbc;

    OrganisationDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("""
                        select o.*, t.name as trust_name from organisations o left join organisations t on t.id = o.trust_id
                         where o.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Organisation(
                        rs.getLong("id"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("urn"),
                        rs.getString("code"),
                        rs.getString("phase") == null ? null : Phase.valueOf(rs.getString("phase")),
                        rs.getString("establishment_type"),
                        OrganisationStatus.valueOf(rs.getString("status")),
                        OrganisationSource.valueOf(rs.getString("source")),
                        rs.getString("district"),
                        (Long) rs.getObject("trust_id"),
                        rs.getString("trust_name"),
                        rs.getString("head_name"),
                        rs.getString("street"),
                        rs.getString("locality"),
                        rs.getString("address3"),
                        rs.getString("town"),
                        rs.getString("county"),
                        rs.getString("postcode"),
                        rs.getString("telephone"),
                        rs.getString("website"),
                        rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class)))
                .optional();
    }

    /** Everyone who holds or held a role there, current roles first. */
    public List<Appointment> appointments(long organisationId) {
        return jdbc.sql("""
                        select p.id, p.full_name, p.email, a.role, a.starts_on, a.ends_on
                          from appointments a join people p on p.id = a.person_id
                         where a.organisation_id = :id
                         order by (a.ends_on is not null and a.ends_on < current_date), a.role, p.full_name
                        """)
                .param("id", organisationId)
                .query((rs, n) -> new Appointment(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        OrganisationRole.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** The clusters an organisation belongs to. */
    public List<Related> clustersOf(long organisationId) {
        return related(
                "select c.id, c.name, c.urn from cluster_members m join organisations c on c.id = m.cluster_id"
                        + " where m.organisation_id = :id order by c.name",
                organisationId);
    }

    /** The members of a cluster, or the schools of a trust. */
    public List<Related> membersOf(Organisation organisation) {
        if (organisation.kind() == OrganisationKind.CLUSTER) {
            return related(
                    "select o.id, o.name, o.urn from cluster_members m join organisations o on o.id = m.organisation_id"
                            + " where m.cluster_id = :id order by o.name",
                    organisation.id());
        }
        if (organisation.kind() == OrganisationKind.ACADEMY_TRUST) {
            return related(
                    "select id, name, urn from organisations where trust_id = :id order by name", organisation.id());
        }
        return List.of();
    }

    public List<Change> changes(long organisationId) {
        return jdbc.sql("""
                        select changed_on, field, old_value, new_value from organisation_changes
                         where organisation_id = :id order by changed_on desc, id desc limit 100
                        """)
                .param("id", organisationId)
                .query((rs, n) ->
                        new Change(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The columns of the last GIAS (or register) row imported for it, as the file named them. */
    public List<Field> sourceFields(long organisationId) {
        return jdbc.sql("""
                        select f.key, f.value from organisations o, jsonb_each_text(o.source_row) f
                         where o.id = :id and o.source_row is not null and coalesce(f.value, '') <> ''
                         order by f.key
                        """)
                .param("id", organisationId)
                .query((rs, n) -> new Field(rs.getString(1), rs.getString(2)))
                .list();
    }

    private List<Related> related(String sql, long id) {
        return jdbc.sql(sql)
                .param("id", id)
                .query((rs, n) -> new Related(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
