package uk.headsup.bulletins.internal.editions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Articles;

/** Editions, their sections and which articles they carry, as stored. */
@Repository
public class Editions {

    private static final String COLUMNS = "e.id, e.series_id, s.key, s.name, e.number, e.edition_date, e.status,"
            + " e.foreword, e.foreword_post_id, e.review_comments, e.returned_by, e.returned_at, e.approved_by,"
            + " e.approved_at, e.scheduled_for, e.published_at, e.version";

    private final JdbcClient jdbc;

    Editions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Edition> byId(long id) {
        return jdbc.sql("select " + COLUMNS
                        + " from bulletin_editions e join bulletin_series s on s.id = e.series_id where e.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs, sections(rs.getLong("id"))))
                .optional();
    }

    /** Locks the edition's row for a change of state. */
    Optional<Edition> lock(long id) {
        jdbc.sql("select id from bulletin_editions where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional();
        return byId(id);
    }

    /** Editions not yet published, soonest first, then the latest published ones. */
    public List<Edition> overview(int published) {
        List<Edition> editions = new ArrayList<>(jdbc.sql("select " + COLUMNS
                        + " from bulletin_editions e join bulletin_series s on s.id = e.series_id"
                        + " where e.status <> :published order by e.edition_date, e.id")
                .param("published", Edition.Status.PUBLISHED.name())
                .query((rs, n) -> map(rs, List.of()))
                .list());
        editions.addAll(jdbc.sql("select " + COLUMNS
                        + " from bulletin_editions e join bulletin_series s on s.id = e.series_id"
                        + " where e.status = :published order by e.published_at desc limit :n")
                .param("published", Edition.Status.PUBLISHED.name())
                .param("n", published)
                .query((rs, n) -> map(rs, List.of()))
                .list());
        return editions;
    }

    /** The series' draft edition with the earliest date on or after this day, if there is one. */
    Optional<Long> nextDraft(long seriesId, LocalDate from) {
        return jdbc.sql("select id from bulletin_editions where series_id = :series and status = :draft"
                        + " and edition_date >= :from order by edition_date, id limit 1")
                .param("draft", Edition.Status.DRAFT.name())
                .param("series", seriesId)
                .param("from", from)
                .query(Long.class)
                .optional();
    }

    /**
     * Approved editions whose time has come. {@link Edition.Status#APPROVED} is written out, not bound: PostgreSQL
     * uses the partial index {@code bulletin_editions_due} ({@code where status = 'APPROVED'}) only for a predicate
     * that matches it when the statement is planned. EditionsTest ties the literal to the enum.
     */
    static final String DUE = "select id from bulletin_editions where status = 'APPROVED' and scheduled_for <= :now"
            + " order by scheduled_for for update skip locked";

    /** Approved editions whose time has come. */
    List<Long> due(Instant now) {
        return jdbc.sql(DUE).param("now", Timestamp.from(now)).query(Long.class).list();
    }

    public long insert(long seriesId, int number, LocalDate date, String by) {
        return jdbc.sql("insert into bulletin_editions (series_id, number, edition_date, status, created_by)"
                        + " values (:series, :number, :date, :draft, :by) returning id")
                .param("draft", Edition.Status.DRAFT.name())
                .param("series", seriesId)
                .param("number", number)
                .param("date", date)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public long addSection(long editionId, String title) {
        return jdbc.sql("insert into bulletin_sections (edition_id, position, title) values (:edition,"
                        + " (select coalesce(max(position), 0) + 1 from bulletin_sections where edition_id = :edition),"
                        + " :title) returning id")
                .param("edition", editionId)
                .param("title", title)
                .query(Long.class)
                .single();
    }

    void renameSection(long sectionId, String title) {
        jdbc.sql("update bulletin_sections set title = :title where id = :id")
                .param("id", sectionId)
                .param("title", title)
                .update();
    }

    void removeSection(long editionId, long sectionId) {
        jdbc.sql("delete from bulletin_sections where id = :id and edition_id = :edition")
                .param("id", sectionId)
                .param("edition", editionId)
                .update();
    }

    public void place(long editionId, long sectionId, long articleId) {
        jdbc.sql("""
                        insert into bulletin_placements (edition_id, article_id, section_id, position)
                        values (:edition, :article, :section,
                                (select coalesce(max(position), 0) + 1 from bulletin_placements where section_id = :section))
                        on conflict (edition_id, article_id) do nothing
                        """)
                .param("edition", editionId)
                .param("article", articleId)
                .param("section", sectionId)
                .update();
    }

    void remove(long editionId, long articleId) {
        jdbc.sql("delete from bulletin_placements where edition_id = :edition and article_id = :article")
                .param("edition", editionId)
                .param("article", articleId)
                .update();
    }

    /** Moves an article one place up or down within its section (or a section within the edition). */
    void moveArticle(long editionId, long articleId, int direction) {
        Map<String, Object> row = jdbc.sql("select section_id, position from bulletin_placements"
                        + " where edition_id = :edition and article_id = :article")
                .param("edition", editionId)
                .param("article", articleId)
                .query()
                .singleRow();
        long section = ((Number) row.get("section_id")).longValue();
        int position = ((Number) row.get("position")).intValue();
        jdbc.sql("""
                        with other as (
                            select article_id, position from bulletin_placements
                             where section_id = :section and article_id <> :article
                               and (case when :direction < 0 then position < :position else position > :position end)
                             order by case when :direction < 0 then -position else position end limit 1)
                        update bulletin_placements p
                           set position = case when p.article_id = :article then (select position from other) else :position end
                         where p.section_id = :section and (p.article_id = :article or p.article_id = (select article_id from other))
                           and exists (select 1 from other)
                        """)
                .param("section", section)
                .param("article", articleId)
                .param("position", position)
                .param("direction", direction)
                .update();
    }

    void moveSection(long editionId, long sectionId, int direction) {
        int position = jdbc.sql("select position from bulletin_sections where id = :id and edition_id = :edition")
                .param("id", sectionId)
                .param("edition", editionId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        with other as (
                            select id, position from bulletin_sections
                             where edition_id = :edition and id <> :id
                               and (case when :direction < 0 then position < :position else position > :position end)
                             order by case when :direction < 0 then -position else position end limit 1)
                        update bulletin_sections s
                           set position = case when s.id = :id then (select position from other) else :position end
                         where s.edition_id = :edition and (s.id = :id or s.id = (select id from other))
                           and exists (select 1 from other)
                        """)
                .param("edition", editionId)
                .param("id", sectionId)
                .param("position", position)
                .param("direction", direction)
                .update();
    }

    /** Saves the date and foreword if the edition is still at the version the editor started from. */
    public boolean updateDetails(
            long id, int startedFrom, LocalDate date, String foreword, Long forewordPostId, Long personId) {
        return jdbc.sql("""
                        update bulletin_editions set edition_date = :date, foreword = :foreword,
                               foreword_post_id = :post, foreword_person_id = :person, version = version + 1
                         where id = :id and version = :version and status = :draft
                        """)
                        .param("draft", Edition.Status.DRAFT.name())
                        .param("id", id)
                        .param("version", startedFrom)
                        .param("date", date)
                        .param("foreword", foreword)
                        .param("post", forewordPostId)
                        .param("person", personId)
                        .update()
                == 1;
    }

    void touch(long id) {
        jdbc.sql("update bulletin_editions set version = version + 1 where id = :id")
                .param("id", id)
                .update();
    }

    /** Writes an edition's state, as a method of {@link Edition} changed it (the next version). */
    public void save(Edition edition) {
        jdbc.sql("""
                        update bulletin_editions set status = :status, review_comments = :comments,
                               returned_by = :returnedBy, returned_at = :returnedAt, approved_by = :approvedBy,
                               approved_at = :approvedAt, scheduled_for = :scheduledFor, published_at = :publishedAt,
                               version = :version
                         where id = :id
                        """)
                .param("id", edition.id())
                .param("status", edition.status().name())
                .param("comments", edition.reviewComments())
                .param("returnedBy", edition.returnedBy())
                .param("returnedAt", timestamp(edition.returnedAt()))
                .param("approvedBy", edition.approvedBy())
                .param("approvedAt", timestamp(edition.approvedAt()))
                .param("scheduledFor", timestamp(edition.scheduledFor()))
                .param("publishedAt", timestamp(edition.publishedAt()))
                .param("version", edition.version())
                .update();
    }

    /** Writes a published edition: its state, and who signed its foreword as it was frozen. */
    void savePublished(Edition edition, String signedName, String signedTitle, String signedNote, String forewordHtml) {
        save(edition);
        jdbc.sql("""
                        update bulletin_editions set signed_name = :name, signed_title = :title, signed_note = :note,
                               foreword_html = :html, revised_at = now()
                         where id = :id
                        """)
                .param("id", edition.id())
                .param("name", signedName)
                .param("title", signedTitle)
                .param("note", signedNote)
                .param("html", forewordHtml)
                .update();
    }

    private List<Edition.Section> sections(long editionId) {
        Map<Long, Edition.Section> sections = new LinkedHashMap<>();
        jdbc.sql("select id, position, title from bulletin_sections where edition_id = :edition order by position, id")
                .param("edition", editionId)
                .query((rs, n) -> sections.put(
                        rs.getLong(1),
                        new Edition.Section(rs.getLong(1), rs.getInt(2), rs.getString(3), new ArrayList<>())))
                .list();
        jdbc.sql("""
                        select p.section_id, p.article_id, p.position, a.title, a.summary, a.status,
                               a.audience_roles, a.audience_phases, a.audience_districts, a.audience_clusters, a.essential
                          from bulletin_placements p join bulletin_articles a on a.id = p.article_id
                         where p.edition_id = :edition order by p.position, a.id
                        """)
                .param("edition", editionId)
                .query((rs, n) -> {
                    sections.get(rs.getLong(1))
                            .articles()
                            .add(new Edition.Placement(
                                    rs.getLong(2),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    Article.Status.valueOf(rs.getString(6)),
                                    Articles.audience(rs, "audience_").describe(),
                                    rs.getBoolean(11)));
                    return null;
                })
                .list();
        return List.copyOf(sections.values());
    }

    private static Edition map(ResultSet rs, List<Edition.Section> sections) throws SQLException {
        long post = rs.getLong("foreword_post_id");
        Long forewordPost = rs.wasNull() ? null : post;
        return new Edition(
                rs.getLong("id"),
                rs.getLong("series_id"),
                rs.getString("key"),
                rs.getString("name"),
                rs.getInt("number"),
                rs.getDate("edition_date").toLocalDate(),
                Edition.Status.valueOf(rs.getString("status")),
                rs.getString("foreword"),
                forewordPost,
                rs.getString("review_comments"),
                rs.getString("returned_by"),
                instant(rs.getTimestamp("returned_at")),
                rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")),
                instant(rs.getTimestamp("scheduled_for")),
                instant(rs.getTimestamp("published_at")),
                rs.getInt("version"),
                sections);
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
