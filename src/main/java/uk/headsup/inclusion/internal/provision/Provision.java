package uk.headsup.inclusion.internal.provision;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of alternative providers and the placements the authority and schools make with them. */
@Service
@Transactional
public class Provision {

    public record Provider(
            long id, String name, String registration, String commissioning, String urn, int placements) {

        public String registrationLabel() {
            return switch (registration) {
                case "REGISTERED_SCHOOL" -> "Registered school";
                case "OFSTED_REGISTERED" -> "Registered with Ofsted";
                default -> "Unregistered";
            };
        }

        public String commissioningLabel() {
            return commissioning.equals("FRAMEWORK") ? "On the authority's framework" : "Spot-purchased";
        }
    }

    private static final String PLACEMENTS = """
            select pl.id, pl.pupil_id, p.first_name || ' ' || p.last_name, pl.provider_id, pr.name, pl.commissioned_by,
                   pl.reason, pl.starts_on, pl.planned_end, pl.hours_a_week, pl.weekly_cost, pl.reintegration_target,
                   pl.ended_on, pl.destination
              from inclusion_placements pl join inclusion_providers pr on pr.id = pl.provider_id
              join inclusion_pupils p on p.id = pl.pupil_id
            """;

    private final JdbcClient jdbc;

    public Provision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Provider> providers() {
        return jdbc.sql("""
                        select pr.id, pr.name, pr.registration, pr.commissioning, pr.urn,
                               (select count(*) from inclusion_placements pl where pl.provider_id = pr.id)
                          from inclusion_providers pr order by pr.name
                        """)
                .query((rs, n) -> new Provider(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Provider> provider(long id) {
        return providers().stream().filter(p -> p.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public boolean hasProvider(String name) {
        return jdbc.sql("select exists (select 1 from inclusion_providers where lower(name) = lower(:name))")
                .param("name", name.trim())
                .query(Boolean.class)
                .single();
    }

    public long addProvider(String name, String registration, String commissioning, String urn) {
        return jdbc.sql("""
                        insert into inclusion_providers (name, registration, commissioning, urn)
                        values (:name, :registration, :commissioning, :urn) returning id
                        """)
                .param("name", name.trim())
                .param("registration", registration)
                .param("commissioning", commissioning)
                .param("urn", urn == null || urn.isBlank() ? null : urn.trim())
                .query(Long.class)
                .single();
    }

    /** A placement to record: who provides and commissioned it, why, when, how many hours and at what cost. */
    public record NewPlacement(
            long providerId,
            String commissionedBy,
            String reason,
            LocalDate startsOn,
            LocalDate plannedEnd,
            BigDecimal hoursAWeek,
            BigDecimal weeklyCost,
            String reintegrationTarget,
            LocalDate endedOn,
            String destination) {}

    /** A new placement of the pupil; its id. */
    public long place(long pupilId, NewPlacement placement) {
        String reintegrationTarget = placement.reintegrationTarget();
        String destination = placement.destination();
        return jdbc.sql("""
                        insert into inclusion_placements (pupil_id, provider_id, commissioned_by, reason, starts_on,
                               planned_end, hours_a_week, weekly_cost, reintegration_target, ended_on, destination)
                        values (:pupil, :provider, :by, :reason, :start, :planned, :hours, :cost, :target, :ended, :dest)
                        returning id
                        """)
                .param("pupil", pupilId)
                .param("provider", placement.providerId())
                .param("by", placement.commissionedBy())
                .param("reason", placement.reason())
                .param("start", placement.startsOn())
                .param("planned", placement.plannedEnd())
                .param("hours", placement.hoursAWeek())
                .param("cost", placement.weeklyCost())
                .param(
                        "target",
                        reintegrationTarget == null || reintegrationTarget.isBlank() ? null : reintegrationTarget)
                .param("ended", placement.endedOn())
                .param("dest", destination == null || destination.isBlank() ? null : destination)
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public List<Placement> ofPupil(long pupilId) {
        return jdbc.sql(PLACEMENTS + " where pl.pupil_id = :id order by pl.starts_on")
                .param("id", pupilId)
                .query(Provision::placement)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Placement> atProvider(long providerId) {
        return jdbc.sql(PLACEMENTS + " where pl.provider_id = :id order by pl.starts_on desc")
                .param("id", providerId)
                .query(Provision::placement)
                .list();
    }

    static Placement placement(ResultSet rs, int n) throws SQLException {
        return new Placement(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                Commissioner.valueOf(rs.getString(6)),
                rs.getString(7),
                date(rs.getDate(8)),
                date(rs.getDate(9)),
                rs.getBigDecimal(10),
                rs.getBigDecimal(11),
                rs.getString(12),
                date(rs.getDate(13)),
                rs.getString(14));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
