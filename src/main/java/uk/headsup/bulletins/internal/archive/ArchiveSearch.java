package uk.headsup.bulletins.internal.archive;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.platform.Caches;

/**
 * Full-text search over everything published: PostgreSQL's English stemming on a stored, weighted tsvector (title,
 * summary, section, body), kept compressed in the row. Only the newest {@link #RANKED} matches are ranked, with
 * ts_rank (weighted frequency; ts_rank_cd's cover density cost four times the CPU), then by date: the newest are
 * found by walking the date index backwards (a word in most articles) or from the GIN index (a rarer one),
 * whichever the planner expects to be cheaper, and never is every match read. When
 * there are more, their number is the planner's estimate ("about 10,000"). Snippets are made only for the page shown.
 */
@Repository
public class ArchiveSearch {

    static final int PAGE_SIZE = 20;
    /**
     * How many of the newest matches are ranked by relevance (and so how many can be paged through): 25 pages. At
     * ten years' scale 1,000 cost twice the database time of 500 for searches matching a few thousand articles.
     */
    static final int RANKED = 500;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": (\\d+)");

    /** What to find, in which series (those the reader may see, or the one chosen), section and dates. */
    public record Query(String text, List<Long> series, String section, LocalDate from, LocalDate to, int page) {}

    record Hit(
            long id,
            String title,
            String summary,
            String section,
            LocalDate date,
            String seriesKey,
            String seriesName,
            int number,
            String path,
            List<Snippets.Part> snippet) {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

        /** "Heads Up 105, 31 August 2026 · Wellbeing". */
        public String byline() {
            return seriesName + " " + number + ", " + DAY.format(date) + " · " + section;
        }
    }

    /**
     * A page of results. {@code total} is exact unless {@code estimated}; {@code ranked} is how many of the newest
     * matches were ranked and can be paged through (all of them unless there are more than {@link #RANKED}).
     */
    record Results(int total, boolean estimated, int ranked, List<Hit> hits, int page, int pages) {

        /** True when only the newest matches were ranked, not all of them. */
        public boolean limited() {
            return estimated;
        }

        /** "1 result", "12 results", "about 37,000 results" or "more than 1,000 results". */
        public String count() {
            if (!estimated) {
                return String.format(Locale.UK, "%,d %s", total, total == 1 ? "result" : "results");
            }
            if (total > ranked) {
                return String.format(Locale.UK, "about %,d results", roughly(total));
            }
            return String.format(Locale.UK, "more than %,d results", ranked);
        }

        /** Rounded to two significant figures: an estimate should not look exact. */
        static long roughly(long n) {
            long unit = 1;
            while (n / unit >= 100) {
                unit *= 10;
            }
            return Math.round((double) n / unit) * unit;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final int rankedLimit;
    /** The one list of sections, read again a minute after it was read (so each node sees new sections soon). */
    private final Cache<String, List<String>> sections;

    @Autowired
    ArchiveSearch(JdbcClient jdbc, PlatformTransactionManager transactions, Caches caches) {
        this(jdbc, transactions, caches, RANKED);
    }

    ArchiveSearch(JdbcClient jdbc, PlatformTransactionManager transactions, Caches caches, int rankedLimit) {
        this.jdbc = jdbc;
        this.sections = caches.aged("bulletins.archive-sections", 1, Duration.ofMinutes(1));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.rankedLimit = rankedLimit;
    }

    public Results search(Query q) {
        if (q.series().isEmpty()) {
            return new Results(0, false, 0, List.of(), q.page(), 1);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("q", q.text());
        params.put("series", q.series());
        StringBuilder where = new StringBuilder(" where pa.search @@ query and pa.series_id in (:series)");
        if (q.section() != null && !q.section().isBlank()) {
            where.append(" and pa.section_title = :section");
            params.put("section", q.section());
        }
        if (q.from() != null) {
            where.append(" and pa.edition_date >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and pa.edition_date <= :to");
            params.put("to", q.to());
        }
        params.put("ranked", rankedLimit);
        params.put("offset", Math.max(0, q.page() - 1) * PAGE_SIZE);
        params.put("limit", PAGE_SIZE);
        String matches = " from bulletin_published_articles pa, websearch_to_tsquery('english', :q) query" + where;
        return readOnly.execute(tx -> {
            // Plan each search for its own words: a plan made once for any words (which PostgreSQL adopts for a
            // statement prepared often) would read every match of a common word.
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            // The newest matches, one more than are ranked (to know whether there are more), ranked as they are
            // read (the tsvector is in the row; carrying it to a sort would copy it); then the page of them shown,
            // with what it needs.
            record Row(Hit hit, int found, String text, String querytree) {}
            List<Row> rows = jdbc.sql("with newest as materialized (select pa.id, pa.edition_date,"
                            + " ts_rank(pa.search, query) score"
                            + matches
                            + " order by pa.edition_date desc, pa.id desc limit :ranked + 1),"
                            + " shown as (select id, edition_date, score from"
                            + " (select * from newest order by edition_date desc, id desc limit :ranked) ranked"
                            + " order by score desc, edition_date desc, id limit :limit offset :offset)"
                            + " select pa.id, pa.title, pa.summary, pa.section_title, pa.edition_date, s.key, s.name,"
                            + " e.number, pa.slug, (select count(*) from newest), pa.body_text,"
                            + " querytree(websearch_to_tsquery('english', :q))"
                            + " from shown join bulletin_published_articles pa on pa.id = shown.id"
                            + " join bulletin_series s on s.id = pa.series_id"
                            + " join bulletin_editions e on e.id = pa.edition_id"
                            + " order by shown.score desc, shown.edition_date desc, shown.id")
                    .params(params)
                    .query((rs, n) -> new Row(
                            new Hit(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getDate(5).toLocalDate(),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getInt(8),
                                    "/bulletins/" + rs.getString(6) + "/" + rs.getInt(8) + "/" + rs.getString(9),
                                    List.of()),
                            rs.getInt(10),
                            rs.getString(11),
                            rs.getString(12)))
                    .list();
            int found = rows.isEmpty()
                    ? jdbc.sql("select count(*) from (select 1" + matches + " limit :ranked + 1) t")
                            .params(params)
                            .query(Integer.class)
                            .single()
                    : rows.get(0).found();
            int ranked = Math.min(found, rankedLimit);
            boolean estimated = found > rankedLimit;
            // More than are ranked: say how many there are from the planner's estimate, or "more than" if it
            // expects fewer than were found.
            int total = estimated ? Math.max(rankedLimit, estimate("select 1" + matches, params)) : found;
            List<String> stems =
                    rows.isEmpty() ? List.of() : Snippets.stems(rows.get(0).querytree());
            List<Hit> hits = rows.stream()
                    .map(r -> {
                        Hit h = r.hit();
                        return new Hit(
                                h.id(),
                                h.title(),
                                h.summary(),
                                h.section(),
                                h.date(),
                                h.seriesKey(),
                                h.seriesName(),
                                h.number(),
                                h.path(),
                                Snippets.of(r.text(), stems));
                    })
                    .toList();
            return new Results(total, estimated, ranked, hits, q.page(), pages(ranked));
        });
    }

    /** The planner's estimate of how many rows a query returns: planning only, nothing is read. */
    private int estimate(String sql, Map<String, Object> params) {
        String plan = String.join(
                "\n",
                jdbc.sql("explain (format json) " + sql)
                        .params(params)
                        .query(String.class)
                        .list());
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? (int) Math.min(Integer.MAX_VALUE, Long.parseLong(rows.group(1))) : 0;
    }

    private static int pages(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The sections published editions have, for the filter; read again at most once a minute. */
    public List<String> sections() {
        return sections.get("all", all -> readSections());
    }

    private List<String> readSections() {
        return jdbc.sql(
                        "select title from (select distinct title from bulletin_sections s"
                                + " join bulletin_editions e on e.id = s.edition_id where e.status = :published) t order by title")
                .param("published", PublishedArchive.PUBLISHED)
                .query(String.class)
                .list();
    }
}
