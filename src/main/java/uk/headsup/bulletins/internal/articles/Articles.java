package uk.headsup.bulletins.internal.articles;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/** Articles as stored. Saves check the version the editor started from, so nobody overwrites another's work. */
@Repository
public class Articles {

    static final String COLUMNS = "a.id, a.title, a.summary, a.body, a.contact_post_id, a.audience_roles,"
            + " a.audience_phases, a.audience_districts, a.audience_clusters, a.essential, a.marketing, a.cta_text,"
            + " a.cta_url, a.cta_deadline, a.for_daily_briefing, a.status, a.author_email, a.author_name,"
            + " a.updated_at, a.updated_by, a.version";

    private final JdbcClient jdbc;

    Articles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Article> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from bulletin_articles a where a.id = :id")
                .param("id", id)
                .query(Articles::map)
                .optional();
    }

    /** Articles by this author, newest first. */
    public List<Article> byAuthor(String email) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from bulletin_articles a where lower(a.author_email) = lower(:email) order by a.updated_at desc")
                .param("email", email)
                .query(Articles::map)
                .list();
    }

    /**
     * Submitted articles not yet placed in any edition that is still being put together (in one of these states,
     * {@link Placements#unpublishedStates()}).
     */
    public List<Article> waitingForAnEdition(Collection<String> unpublishedStates) {
        return jdbc.sql("select " + COLUMNS + " from bulletin_articles a where a.status = :submitted"
                        + " and not exists (select 1 from bulletin_placements p join bulletin_editions e on e.id = p.edition_id"
                        + " where p.article_id = a.id and e.status in (:unpublished))"
                        + " and not exists (select 1 from bulletin_published_articles pa where pa.article_id = a.id)"
                        + " order by a.updated_at")
                .param("submitted", Article.Status.SUBMITTED.name())
                .param("unpublished", unpublishedStates)
                .query(Articles::map)
                .list();
    }

    /** Submitted articles that may be placed (again) in an edition: any not already in it. */
    public List<Article> placeableIn(long editionId) {
        return jdbc.sql("select " + COLUMNS + " from bulletin_articles a where a.status = :submitted"
                        + " and not exists (select 1 from bulletin_placements p where p.article_id = a.id and p.edition_id = :edition)"
                        + " order by a.updated_at desc limit 200")
                .param("submitted", Article.Status.SUBMITTED.name())
                .param("edition", editionId)
                .query(Articles::map)
                .list();
    }

    /**
     * Of these articles, those already published, each with the edition that last carried it, such as
     * "Heads Up 12, 14 September 2026".
     */
    public Map<Long, String> publishedIn(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> published = new HashMap<>();
        jdbc.sql("""
                        select distinct on (pa.article_id) pa.article_id, s.name, e.number, e.edition_date
                          from bulletin_published_articles pa
                          join bulletin_editions e on e.id = pa.edition_id
                          join bulletin_series s on s.id = pa.series_id
                         where pa.article_id in (:ids)
                         order by pa.article_id, e.published_at desc
                        """)
                .param("ids", articleIds)
                .query((rs, n) -> published.put(
                        rs.getLong(1),
                        rs.getString(2) + " " + rs.getInt(3) + ", "
                                + PUBLISHED_DATE.format(rs.getDate(4).toLocalDate())))
                .list();
        return published;
    }

    private static final DateTimeFormatter PUBLISHED_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    long insert(Article a) {
        return jdbc.sql("""
                        insert into bulletin_articles (title, summary, body, contact_post_id, audience_roles, audience_phases,
                            audience_districts, audience_clusters, essential, marketing, cta_text, cta_url, cta_deadline,
                            for_daily_briefing, status, author_email, author_name, updated_by)
                        values (:title, :summary, :body, :contact, :roles, :phases, :districts, :clusters, :essential,
                            :marketing, :ctaText, :ctaUrl, :ctaDeadline, :daily, :status, :authorEmail, :authorName, :by)
                        returning id
                        """)
                .params(params(a))
                .param("status", a.status().name())
                .param("authorEmail", a.authorEmail())
                .param("authorName", a.authorName())
                .param("by", a.updatedBy())
                .query(Long.class)
                .single();
    }

    /** Saves the article if it is still at the version the editor started from; false if someone saved since. */
    boolean update(Article a, int startedFrom, String by) {
        return jdbc.sql("""
                        update bulletin_articles set title = :title, summary = :summary, body = :body,
                            contact_post_id = :contact, audience_roles = :roles, audience_phases = :phases,
                            audience_districts = :districts, audience_clusters = :clusters, essential = :essential,
                            marketing = :marketing, cta_text = :ctaText, cta_url = :ctaUrl, cta_deadline = :ctaDeadline,
                            for_daily_briefing = :daily, updated_at = now(), updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                        .params(params(a))
                        .param("id", a.id())
                        .param("version", startedFrom)
                        .param("by", by)
                        .update()
                == 1;
    }

    /**
     * Writes an article's status, as a method of {@link Article} changed it (the next version), if the article is still
     * in the status and at the version it was read; false if someone changed it in between (or submitted it at the
     * same moment), whose change stands.
     */
    boolean saveStatus(Article was, Article now) {
        return jdbc.sql("update bulletin_articles set status = :status, updated_at = now(), updated_by = :by,"
                                + " version = :version where id = :id and status = :was and version = :read")
                        .param("id", was.id())
                        .param("status", now.status().name())
                        .param("by", now.updatedBy())
                        .param("version", now.version())
                        .param("was", was.status().name())
                        .param("read", was.version())
                        .update()
                == 1;
    }

    private static Map<String, Object> params(Article a) {
        var p = new HashMap<String, Object>();
        p.put("title", a.title());
        p.put("summary", a.summary());
        p.put("body", a.body());
        p.put("contact", a.contactPostId());
        p.put("roles", a.audience().roles().stream().map(Enum::name).sorted().toArray(String[]::new));
        p.put("phases", a.audience().phases().stream().map(Enum::name).sorted().toArray(String[]::new));
        p.put("districts", a.audience().districts().stream().sorted().toArray(String[]::new));
        p.put("clusters", a.audience().clusters().stream().sorted().toArray(Long[]::new));
        p.put("essential", a.essential());
        p.put("marketing", a.marketing());
        p.put("ctaText", a.ctaText());
        p.put("ctaUrl", a.ctaUrl());
        p.put("ctaDeadline", a.ctaDeadline());
        p.put("daily", a.forDailyBriefing());
        return p;
    }

    public static ArticleAudience audience(ResultSet rs, String prefix) throws SQLException {
        return new ArticleAudience(
                strings(rs.getArray(prefix + "roles")).stream()
                        .map(OrganisationRole::valueOf)
                        .collect(Collectors.toSet()),
                strings(rs.getArray(prefix + "phases")).stream()
                        .map(Phase::valueOf)
                        .collect(Collectors.toSet()),
                new HashSet<>(strings(rs.getArray(prefix + "districts"))),
                longs(rs.getArray(prefix + "clusters")));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Set<Long> longs(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((Long[]) array.getArray());
    }

    static Article map(ResultSet rs, int n) throws SQLException {
        Date deadline = rs.getDate("cta_deadline");
        long contact = rs.getLong("contact_post_id");
        Long contactPostId = rs.wasNull() ? null : contact;
        return new Article(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                contactPostId,
                audience(rs, "audience_"),
                rs.getBoolean("essential"),
                rs.getBoolean("marketing"),
                rs.getString("cta_text"),
                rs.getString("cta_url"),
                deadline == null ? null : deadline.toLocalDate(),
                rs.getBoolean("for_daily_briefing"),
                Article.Status.valueOf(rs.getString("status")),
                rs.getString("author_email"),
                rs.getString("author_name"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                rs.getInt("version"));
    }
}
