package uk.headsup.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
            OrganisationStatus status,
            String district,
            String trust,
            String town,
            String postcode,
            String headName) {}

    /**
     * A page of results. {@code total} is exact up to {@link #COUNT_LIMIT}; above it {@code moreThanTotal} is set and
     * {@code total} is the limit ("more than 1,000"), and the number of pages is not known.
     */
    public record Page(List<Row> rows, int total, boolean moreThanTotal, int page, boolean hasNext) {

        /** The last page, when the total is exact. */
        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    public record Option(String value, String label) {}

    /** Matches are counted exactly up to this many; a broad search says "more than 1,000" instead. */
    public static final int COUNT_LIMIT = 1_000;

    /** The order of every list: the lower-case name byte by byte, then id (index {@code organisations_list_order}). */
    static final String ORDER_KEY = "lower(o.name) collate \"C\"";

    private final JdbcClient jdbc;

    OrganisationSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the organisations the filter matches. A search for text ranks an exact name first, then an exact
     * URN, then names that start with the text, then every other name, URN, town or postcode that contains it, each
     * group in name order. Each group is read in name order straight off an index and stops after the rows this
     * page needs, so a broad search ("oak", thousands of matches) sorts nothing; the count stops at
     * {@link #COUNT_LIMIT}.
     */
    public Page find(OrganisationFilter filter) {
        Query query = query(filter);
        // Parameters decide the plan here (a rare word reads the trigram index, a common one walks the name index,
        // a prefix becomes an index range): never let a cached generic plan decide without them.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        int page = filter.getPage();
        List<Row> rows = rows(query, page);
        boolean hasNext = rows.size() > PAGE_SIZE;
        int counted = page == 1 && !hasNext ? rows.size() : count(query);
        boolean moreThanTotal = counted > COUNT_LIMIT;
        int total = Math.min(counted, COUNT_LIMIT);
        int last = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (!moreThanTotal && page > last) { // an old link after the list shrank: show its last page
            page = last;
            rows = rows(query, page);
            hasNext = false;
        }
        return new Page(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)), total, moreThanTotal, page, hasNext);
    }

    /** The page's rows and, if there is one, the first row of the next page. */
    private List<Row> rows(Query query, int page) {
        int offset = (page - 1) * PAGE_SIZE;
        query.params.put("limit", PAGE_SIZE + 1);
        query.params.put("offset", offset);
        query.params.put("window", offset + PAGE_SIZE + 1);
        String sql = query.text == null
                ? SELECT + " where " + query.where() + " order by " + ORDER_KEY + ", o.id limit :limit offset :offset"
                : ranked(query);
        return jdbc.sql(sql).params(query.params).query(OrganisationSearch::row).list();
    }

    private int count(Query query) {
        return jdbc.sql("select count(*) from (select 1 from organisations o where " + query.where() + " limit "
                        + (COUNT_LIMIT + 1) + ") matches")
                .params(query.params)
                .query(Integer.class)
                .single();
    }

    /**
     * The four groups of a text search, each cut to the rows up to the end of this page (:window), then merged.
     * Every group excludes the earlier ones, so nobody appears twice.
     */
    private static String ranked(Query q) {
        String filters = q.filters();
        String k = ORDER_KEY;
        return "with hits as ("
                + "(select o.id, 0 as tier, " + k + " as k from organisations o where " + k + " = :text" + filters
                + " order by " + k + ", o.id limit :window)"
                + " union all (select o.id, 1, " + k + " from organisations o where o.urn = :text and " + k
                + " <> :text" + filters + ")"
                + " union all (select o.id, 2, " + k + " from organisations o where " + k + " like :prefix and " + k
                + " <> :text and o.urn is distinct from :text" + filters + " order by " + k + ", o.id limit :window)"
                + " union all (select o.id, 3, " + k + " from organisations o where o.search_text like :like and " + k
                + " not like :prefix and o.urn is distinct from :text" + filters + " order by " + k
                + ", o.id limit :window))"
                + SELECT.replace(" from organisations o ", " from hits h join organisations o on o.id = h.id ")
                + " order by h.tier, h.k, h.id limit :limit offset :offset";
    }

    /** Every organisation the filter matches, in the order of {@link #find}, one at a time: for exports of any size. */
    public void forEach(OrganisationFilter filter, Consumer<Row> action) {
        Query query = query(filter);
        String order = query.text == null
                ? ORDER_KEY + ", o.id"
                : "(" + ORDER_KEY + " = :text) desc, (o.urn is not distinct from :text) desc, (" + ORDER_KEY
                        + " like :prefix) desc, " + ORDER_KEY + ", o.id";
        jdbc
                .sql(SELECT + " where " + query.where() + " order by " + order)
                .params(query.params)
                .query(OrganisationSearch::row)
                .stream()
                .forEach(action);
    }

    /** The districts in use, found by skipping through the district index rather than reading every row. */
    /** The districts, academy trusts and clusters there are, for filters: read together, in one transaction. */
    public record FilterOptions(List<Option> districts, List<Option> trusts, List<Option> clusters) {}

    public FilterOptions filterOptions() {
        return new FilterOptions(districts(), trusts(), clusters());
    }

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
        return options(OrganisationKind.ACADEMY_TRUST);
    }

    public List<Option> clusters() {
        return options(OrganisationKind.CLUSTER);
    }

    private List<Option> options(OrganisationKind kind) {
        return jdbc.sql("select id, name from organisations where kind = :kind order by name")
                .param("kind", kind.name())
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
            String text = f.getQ().toLowerCase(Locale.UK);
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            q.text = text;
            q.params.put("text", text);
            q.params.put("prefix", escaped + "%");
            q.params.put("like", "%" + escaped + "%");
            q.conditions.add("o.search_text like :like");
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
        if (OrganisationStatus.OPEN.name().equals(f.getStatus())) {
            q.add("o.status <> :closed", "closed", OrganisationStatus.CLOSED.name());
        } else if (OrganisationStatus.CLOSED.name().equals(f.getStatus())) {
            q.add("o.status = :closed", "closed", OrganisationStatus.CLOSED.name());
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
                OrganisationStatus.valueOf(rs.getString("status")),
                rs.getString("district"),
                rs.getString("trust"),
                rs.getString("town"),
                rs.getString("postcode"),
                rs.getString("head_name"));
    }

    private static final class Query {
        final List<String> conditions = new ArrayList<>(List.of("true"));
        final Map<String, Object> params = new HashMap<>();
        /** The lower-case search text, or null when only filters apply. */
        String text;

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
        }

        String where() {
            return String.join(" and ", conditions);
        }

        /** The filters other than the text, each preceded by "and". */
        String filters() {
            StringBuilder b = new StringBuilder();
            for (String c : conditions) {
                if (!c.equals("true") && !c.equals("o.search_text like :like")) {
                    b.append(" and ").append(c);
                }
            }
            return b.toString();
        }
    }
}
