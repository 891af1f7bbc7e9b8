package uk.headsup.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.Phase;

/** Finds schools, settings and other organisations by name, URN, town or postcode and by filters. */
@Component
@Transactional(readOnly = true)
public class OrganisationSearch {

    public static final int PAGE_SIZE = 50;

    /** One organisation in a list. */
    public record Row(
            long id,
            OrganisationKind kind,
            String name,
            String urn,
            Phase phase,
            String type,
            String status,
            String district,
            String trust,
            String town,
            String postcode,
            String headName) {}

    public record Page(List<Row> rows, int total, int page, int pages) {}

    public record Option(String value, String label) {}

    private final JdbcClient jdbc;

    OrganisationSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page find(OrganisationFilter filter) {
        Query query = query(filter);
        int total = jdbc.sql("select count(*) from organisations o where " + query.where())
                .params(query.params)
                .query(Integer.class)
                .single();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.getPage(), pages);
        query.params.put("limit", PAGE_SIZE);
        query.params.put("offset", (page - 1) * PAGE_SIZE);
        List<Row> rows = jdbc.sql(SELECT + " where " + query.where() + " order by " + query.order()
                        + " limit :limit offset :offset")
                .params(query.params)
                .query(OrganisationSearch::row)
                .list();
        return new Page(rows, total, page, pages);
    }

    /** Every organisation the filter matches, in order, one at a time: for exports of any size. */
    public void forEach(OrganisationFilter filter, Consumer<Row> action) {
        Query query = query(filter);
        jdbc
                .sql(SELECT + " where " + query.where() + " order by " + query.order())
                .params(query.params)
                .query(OrganisationSearch::row)
                .stream()
                .forEach(action);
    }

    /** The districts in use, found by skipping through the district index rather than reading every row. */
    public List<Option> districts() {
        return jdbc.sql("""
                        with recursive d(v) as (
                            select min(district) from organisations
                            union all
                            select (select min(district) from organisations where district > d.v) from d where d.v is not null)
                        select v from d where v is not null
                        """)
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(1)))
                .list();
    }

    public List<Option> trusts() {
        return options("ACADEMY_TRUST");
    }

    public List<Option> clusters() {
        return options("CLUSTER");
    }

    private List<Option> options(String kind) {
        return jdbc.sql("select id, name from organisations where kind = :kind order by name")
                .param("kind", kind)
                .query((rs, n) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    private static final String SELECT = """
            select o.id, o.kind, o.name, o.urn, o.phase, o.establishment_type, o.status, o.district, t.name as trust,
                   o.town, o.postcode, o.head_name
              from organisations o left join organisations t on t.id = o.trust_id
            """;

    private static Query query(OrganisationFilter f) {
        Query q = new Query();
        if (!f.getQ().isEmpty()) {
            String text = f.getQ().toLowerCase(java.util.Locale.UK);
            q.params.put("text", text);
            q.params.put(
                    "like", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            q.conditions.add("o.search_text like :like");
            q.order =
                    "(lower(o.name) = :text) desc, (o.urn = :text) desc, (lower(o.name) like :text || '%') desc, o.name, o.id";
        }
        if (!f.getKind().isEmpty()) {
            q.add(
                    "o.kind = :kind",
                    "kind",
                    OrganisationKind.valueOf(f.getKind()).name());
        }
        if (!f.getPhase().isEmpty()) {
            q.add("o.phase = :phase", "phase", Phase.valueOf(f.getPhase()).name());
        }
        if (!f.getDistrict().isEmpty()) {
            q.add("o.district = :district", "district", f.getDistrict());
        }
        if (f.getTrust() != null) {
            q.add("o.trust_id = :trust", "trust", f.getTrust());
        }
        if (f.getCluster() != null) {
            q.add(
                    "exists (select 1 from cluster_members m where m.organisation_id = o.id and m.cluster_id = :cluster)",
                    "cluster",
                    f.getCluster());
        }
        if ("OPEN".equals(f.getStatus())) {
            q.conditions.add("o.status <> 'CLOSED'");
        } else if ("CLOSED".equals(f.getStatus())) {
            q.conditions.add("o.status = 'CLOSED'");
        }
        return q;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String phase = rs.getString("phase");
        return new Row(
                rs.getLong("id"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("urn"),
                phase == null ? null : Phase.valueOf(phase),
                rs.getString("establishment_type"),
                rs.getString("status"),
                rs.getString("district"),
                rs.getString("trust"),
                rs.getString("town"),
                rs.getString("postcode"),
                rs.getString("head_name"));
    }

    private static final class Query {
        final List<String> conditions = new ArrayList<>(List.of("true"));
        final Map<String, Object> params = new HashMap<>();
        String order = "o.name, o.id";

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
        }

        String where() {
            return String.join(" and ", conditions);
        }

        String order() {
            return order;
        }
    }
}
