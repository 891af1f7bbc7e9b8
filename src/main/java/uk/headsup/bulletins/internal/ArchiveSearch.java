package uk.headsup.bulletins.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over everything published: PostgreSQL's English stemming on a stored, weighted tsvector
 * (title, summary, section, body) with a GIN index, ranked with ts_rank_cd; snippets are highlighted only for the
 * page of results shown.
 */
@Repository
class ArchiveSearch {

    static final int PAGE_SIZE = 20;

    record Query(
            String text, String series, String section, LocalDate from, LocalDate to, int page, boolean signedIn) {}

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
            String snippetHtml) {}

    record Results(int total, List<Hit> hits, int page, int pages) {}

    private final JdbcClient jdbc;

    ArchiveSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Results search(Query q) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", q.text());
        StringBuilder where = new StringBuilder(" where pa.search @@ query");
        if (!q.signedIn()) {
            where.append(" and s.public_archive");
        }
        if (q.series() != null && !q.series().isBlank()) {
            where.append(" and s.key = :series");
            params.put("series", q.series());
        }
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
        params.put("offset", Math.max(0, q.page() - 1) * PAGE_SIZE);
        params.put("limit", PAGE_SIZE);
        int[] total = {0};
        List<Hit> hits =
                new ArrayList<>(jdbc.sql("select pa.id, pa.title, pa.summary, pa.section_title, pa.edition_date,"
                                + " s.key, s.name, e.number, pa.slug, count(*) over () total"
                                + " from bulletin_published_articles pa"
                                + " join bulletin_series s on s.id = pa.series_id"
                                + " join bulletin_editions e on e.id = pa.edition_id,"
                                + " websearch_to_tsquery('english', :q) query"
                                + where
                                + " order by ts_rank_cd(pa.search, query) desc, pa.edition_date desc, pa.id"
                                + " limit :limit offset :offset")
                        .params(params)
                        .query((rs, n) -> {
                            total[0] = rs.getInt("total");
                            return new Hit(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getDate(5).toLocalDate(),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getInt(8),
                                    "/bulletins/" + rs.getString(6) + "/" + rs.getInt(8) + "/" + rs.getString(9),
                                    null);
                        })
                        .list());
        if (hits.isEmpty()) {
            if (q.page() > 1) {
                total[0] = jdbc.sql("select count(*) from bulletin_published_articles pa"
                                + " join bulletin_series s on s.id = pa.series_id,"
                                + " websearch_to_tsquery('english', :q) query" + where)
                        .params(params)
                        .query(Integer.class)
                        .single();
            }
            return new Results(total[0], List.of(), q.page(), pages(total[0]));
        }
        Map<Long, String> snippets = new HashMap<>();
        jdbc.sql("select pa.id, ts_headline('english', pa.body_text, websearch_to_tsquery('english', :q),"
                        + " 'StartSel=\u0002, StopSel=\u0003, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\u0004')"
                        + " from bulletin_published_articles pa where pa.id in (:ids)")
                .param("q", q.text())
                .param("ids", hits.stream().map(Hit::id).toList())
                .query((rs, n) -> snippets.put(rs.getLong(1), rs.getString(2)))
                .list();
        List<Hit> withSnippets = hits.stream()
                .map(h -> new Hit(
                        h.id(),
                        h.title(),
                        h.summary(),
                        h.section(),
                        h.date(),
                        h.seriesKey(),
                        h.seriesName(),
                        h.number(),
                        h.path(),
                        highlight(snippets.get(h.id()))))
                .toList();
        return new Results(total[0], withSnippets, q.page(), pages(total[0]));
    }

    /** The snippet as safe HTML: everything escaped, then the matched words marked. */
    static String highlight(String headline) {
        if (headline == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(headline)
                .replace("\u0002", "<mark>")
                .replace("\u0003", "</mark>")
                .replace("\u0004", " … ");
    }

    private static int pages(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    List<String> sections() {
        return jdbc.sql(
                        "select title from (select distinct title from bulletin_sections s"
                                + " join bulletin_editions e on e.id = s.edition_id where e.status = 'PUBLISHED') t order by title")
                .query(String.class)
                .list();
    }
}
