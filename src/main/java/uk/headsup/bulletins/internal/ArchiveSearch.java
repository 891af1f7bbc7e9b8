package uk.headsup.bulletins.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over everything published: PostgreSQL's English stemming on a stored, weighted tsvector
 * (title, summary, section, body) with a GIN index finds and counts the matches; the newest {@link #RANKED} of them
 * are ranked with ts_rank_cd on a small stored tsvector of title, summary and section (kept in the row, so ranking
 * reads no large values), then by date; snippets are made only for the page of results shown.
 */
@Repository
class ArchiveSearch {

    static final int PAGE_SIZE = 20;
    /** How many of the newest matches are ranked by relevance (and so how many can be paged through). */
    static final int RANKED = 1000;

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
        // Every match is counted, but only the newest RANKED of them are ranked: ts_rank_cd reads each document's
        // whole tsvector, which for a word in most articles would mean all of them. The GIN index finds the
        // matches and their dates without reading the tsvectors.
        params.put("ranked", RANKED);
        record Row(Hit hit, int total, String text, String querytree) {}
        List<Row> rows = jdbc.sql("with matches as (select pa.id, pa.edition_date"
                        + " from bulletin_published_articles pa join bulletin_series s on s.id = pa.series_id,"
                        + " websearch_to_tsquery('english', :q) query" + where + "),"
                        + " newest as (select id from matches order by edition_date desc, id desc limit :ranked)"
                        + " select pa.id, pa.title, pa.summary, pa.section_title, pa.edition_date, s.key, s.name, e.number,"
                        + " pa.slug, (select count(*) from matches) total, pa.body_text, querytree(query)"
                        + " from newest join bulletin_published_articles pa on pa.id = newest.id"
                        + " join bulletin_series s on s.id = pa.series_id"
                        + " join bulletin_editions e on e.id = pa.edition_id,"
                        + " websearch_to_tsquery('english', :q) query"
                        + " order by ts_rank_cd(pa.search_head, query) desc, pa.edition_date desc, pa.id"
                        + " limit :limit offset :offset")
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
                                null),
                        rs.getInt(10),
                        rs.getString(11),
                        rs.getString(12)))
                .list();
        List<Hit> hits = rows.stream().map(Row::hit).toList();
        int total;
        if (hits.isEmpty()) {
            total = jdbc.sql("select count(*) from bulletin_published_articles pa"
                            + " join bulletin_series s on s.id = pa.series_id,"
                            + " websearch_to_tsquery('english', :q) query" + where)
                    .params(params)
                    .query(Integer.class)
                    .single();
            return new Results(total, List.of(), q.page(), pages(total));
        }
        total = rows.get(0).total();
        List<String> stems = Snippets.stems(rows.get(0).querytree());
        List<Hit> withSnippets = rows.stream()
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
        return new Results(total, withSnippets, q.page(), pages(Math.min(total, RANKED)));
    }

    private static int pages(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private volatile List<String> sections;
    private volatile long sectionsAt;

    /** The sections published editions have, for the filter; read again at most once a minute. */
    List<String> sections() {
        if (sections == null || System.nanoTime() - sectionsAt > 60_000_000_000L) {
            sections = readSections();
            sectionsAt = System.nanoTime();
        }
        return sections;
    }

    private List<String> readSections() {
        return jdbc.sql(
                        "select title from (select distinct title from bulletin_sections s"
                                + " join bulletin_editions e on e.id = s.edition_id where e.status = 'PUBLISHED') t order by title")
                .query(String.class)
                .list();
    }
}
