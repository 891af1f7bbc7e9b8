package uk.headsup.directory.internal.earlyyears;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.Phase;
import uk.headsup.directory.internal.OrganisationSource;
import uk.headsup.directory.internal.OrganisationStatus;

/** Early years settings and childminders in {@code organisations}, keyed by their Ofsted URN. */
@Repository
class Providers {

    /** What the directory holds for an organisation with an Ofsted URN. */
    record Stored(
            long id,
            OrganisationKind kind,
            OrganisationSource source,
            String name,
            String type,
            String street,
            String town,
            String postcode,
            String district,
            String status,
            OfstedGrade grade,
            LocalDate inspectedOn) {}

    private final JdbcClient jdbc;

    Providers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> byUrn(String urn) {
        return jdbc.sql("""
                        select id, kind, source, name, establishment_type, street, town, postcode, district, status,
                               ofsted_grade, ofsted_inspected_on
                          from organisations where upper(urn) = upper(:urn)
                        """)
                .param("urn", urn)
                .query((rs, n) -> new Stored(
                        rs.getLong(1),
                        OrganisationKind.valueOf(rs.getString(2)),
                        OrganisationSource.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11) == null ? null : OfstedGrade.valueOf(rs.getString(11)),
                        rs.getObject(12, LocalDate.class)))
                .optional();
    }

    long add(ProviderRow row) {
        return jdbc.sql("""
                        insert into organisations (kind, name, urn, phase, establishment_type, street, town, postcode,
                                                   district, status, source, ofsted_grade, ofsted_inspected_on)
                        values (:kind, :name, :urn, :phase, :type, :street, :town, :postcode, :district, :status,
                                :source, :grade, :inspected)
                        returning id
                        """)
                .param("kind", row.type().kind().name())
                .param("name", row.name())
                .param("urn", row.urn())
                .param("phase", Phase.NURSERY.name())
                .param("type", row.type().label())
                .param("street", row.address())
                .param("town", row.town())
                .param("postcode", row.postcode())
                .param("district", row.district())
                .param("status", status(row))
                .param("source", OrganisationSource.EY_REGISTER.name())
                .param("grade", row.grade() == null ? null : row.grade().name())
                .param("inspected", row.inspectedOn())
                .query(Long.class)
                .single();
    }

    void update(long id, ProviderRow row) {
        jdbc.sql("""
                        update organisations
                           set kind = :kind, name = :name, establishment_type = :type, street = :street, town = :town,
                               postcode = :postcode, district = :district, status = :status, source = :source,
                               ofsted_grade = coalesce(:grade, ofsted_grade),
                               ofsted_inspected_on = case when cast(:grade as text) is null then ofsted_inspected_on
                                                          else :inspected end,
                               updated_at = now()
                         where id = :id
                        """)
                .param("id", id)
                .param("kind", row.type().kind().name())
                .param("name", row.name())
                .param("type", row.type().label())
                .param("street", row.address())
                .param("town", row.town())
                .param("postcode", row.postcode())
                .param("district", row.district())
                .param("status", status(row))
                .param("source", OrganisationSource.EY_REGISTER.name())
                .param("grade", row.grade() == null ? null : row.grade().name())
                .param("inspected", row.inspectedOn())
                .update();
    }

    /** The directory's status for a row of the register: closed if its registration was resigned or cancelled. */
    static String status(ProviderRow row) {
        return (row.closed() ? OrganisationStatus.CLOSED : OrganisationStatus.OPEN).name();
    }

    void recordChange(long id, LocalDate on, long importId, String field, String before, String after) {
        jdbc.sql("""
                        insert into organisation_changes (organisation_id, changed_on, import_id, field, old_value, new_value)
                        values (:id, :on, :import, :field, :old, :new)
                        """)
                .param("id", id)
                .param("on", on)
                .param("import", importId)
                .param("field", field)
                .param("old", before)
                .param("new", after)
                .update();
    }
}
