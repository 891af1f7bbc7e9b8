package uk.headsup.directory.internal.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.internal.OrganisationStatus;

/** The schools, settings and childminders where people hold roles: not the authority's own teams. */
@Repository
public class Workplaces {

    /** The kinds of organisation that take appointments, for a query's {@code kind in (:kinds)}. */
    private static final List<String> KINDS = Arrays.stream(OrganisationKind.values())
            .filter(Workplaces::takesAppointments)
            .map(OrganisationKind::name)
            .toList();

    private static final String SELECT = "select id, name, kind, urn, town, status from organisations";

    private final JdbcClient jdbc;

    public Workplaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Workplace> find(long id) {
        return jdbc.sql(SELECT + " where id = :id and kind in (:kinds)")
                .param("kinds", KINDS)
                .param("id", id)
                .query(Workplaces::workplace)
                .optional();
    }

    /** Any organisation with this URN (GIAS or Ofsted), whatever its kind; the caller checks the kind. */
    public Optional<Workplace> byUrn(String urn) {
        return jdbc.sql(SELECT + " where upper(urn) = upper(:urn)")
                .param("urn", urn.strip())
                .query(Workplaces::workplace)
                .optional();
    }

    /** The organisations with these URNs (GIAS or Ofsted, any kind, ignoring case), by upper-case URN. */
    Map<String, Workplace> byUrns(Collection<String> urns) {
        if (urns.isEmpty()) {
            return Map.of();
        }
        Map<String, Workplace> found = new HashMap<>();
        jdbc.sql(SELECT + " where upper(urn) in (select upper(u) from unnest(:urns::text[]) u)")
                .param("urns", urns.toArray(String[]::new))
                .query(Workplaces::workplace)
                .list()
                .forEach(w -> found.putIfAbsent(w.urn().toUpperCase(Locale.ROOT), w));
        return found;
    }

    public static boolean takesAppointments(OrganisationKind kind) {
        return kind == OrganisationKind.SCHOOL
                || kind == OrganisationKind.EARLY_YEARS_SETTING
                || kind == OrganisationKind.CHILDMINDER;
    }

    /** Open places first, then by name: matching the name, URN or postcode. */
    public List<Workplace> search(String query, int limit) {
        String q = query.strip();
        return jdbc.sql(SELECT + """
                         where kind in (:kinds)
                           and (lower(name) like :like or upper(urn) = upper(:q)
                                or replace(upper(postcode), ' ', '') = replace(upper(:q), ' ', ''))
                         order by status = :closed, lower(name), id
                         limit :limit
                        """)
                .param("kinds", KINDS)
                .param("closed", OrganisationStatus.CLOSED.name())
                .param(
                        "like",
                        "%" + q.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%")
                .param("q", q)
                .param("limit", limit)
                .query(Workplaces::workplace)
                .list();
    }

    public List<Workplace> all(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where id in (:ids) and kind in (:kinds) order by lower(name)")
                .param("kinds", KINDS)
                .param("ids", ids)
                .query(Workplaces::workplace)
                .list();
    }

    private static Workplace workplace(ResultSet rs, int n) throws SQLException {
        return new Workplace(
                rs.getLong(1),
                rs.getString(2),
                OrganisationKind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                OrganisationStatus.valueOf(rs.getString(6)));
    }
}
