package uk.headsup.bulletins.internal.archive;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Articles;
import uk.headsup.bulletins.internal.articles.PublishedPages;

/** Published editions as frozen copies: what the archive, search, feeds and emails read. */
@Repository
public class PublishedArchive implements PublishedPages {

    /**
     * The state of the editions the archive shows, {@code Edition.Status.PUBLISHED} by name. Written out rather than
     * taken from the enum: editions publish into the archive, so the archive does not use editions (a test ties the
     * two).
     */
    static final String PUBLISHED = "PUBLISHED";

    private final JdbcClient jdbc;

    PublishedArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published article to store. */
    public record Frozen(
            long articleId,
            String sectionTitle,
            int sectionPosition,
            int position,
            String title,
            String summary,
            String bodyHtml,
            String bodyText,
            PublishedEdition.Officer contact,
            Article article,
            List<Long> attachmentIds) {}

    public void freeze(long editionId, LocalDate editionDate, long seriesId, List<Frozen> articles) {
        Set<String> slugs = new HashSet<>();
        for (Frozen f : articles) {
            String slug = uniqueSlug(slugOf(f.title()), slugs);
            Article a = f.article();
            PublishedEdition.Officer c = f.contact();
            Map<String, Object> p = new HashMap<>();
            p.put("edition", editionId);
            p.put("article", f.articleId());
            p.put("series", seriesId);
            p.put("date", editionDate);
            p.put("sectionTitle", f.sectionTitle());
            p.put("sectionPosition", f.sectionPosition());
            p.put("position", f.position());
            p.put("slug", slug);
            p.put("title", f.title());
            p.put("summary", f.summary());
            p.put("html", f.bodyHtml());
            p.put("text", f.bodyText());
            p.put("cName", c == null ? null : c.name());
            p.put("cTitle", c == null ? null : c.jobTitle());
            p.put("cNote", c == null ? null : c.coverNote());
            p.put("cTeam", c == null ? null : c.team());
            p.put("cEmail", c == null ? null : c.email());
            p.put("cPhone", c == null ? null : c.phone());
            p.put(
                    "roles",
                    a.audience().roles().stream().map(Enum::name).sorted().toArray(String[]::new));
            p.put(
                    "phases",
                    a.audience().phases().stream().map(Enum::name).sorted().toArray(String[]::new));
            p.put("districts", a.audience().districts().stream().sorted().toArray(String[]::new));
            p.put("clusters", a.audience().clusters().stream().sorted().toArray(Long[]::new));
            p.put("essential", a.essential());
            p.put("marketing", a.marketing());
            p.put("ctaText", a.hasCallToAction() ? a.ctaText() : null);
            p.put("ctaUrl", a.hasCallToAction() ? a.ctaUrl() : null);
            p.put("ctaDeadline", a.hasCallToAction() ? a.ctaDeadline() : null);
            long id = jdbc.sql("""
                            insert into bulletin_published_articles (edition_id, article_id, series_id, edition_date,
                                section_title, section_position, position, slug, title, summary, body_html, body_text,
                                contact_name, contact_title, contact_note, contact_team, contact_email, contact_phone,
                                audience_roles, audience_phases, audience_districts, audience_clusters, essential, marketing,
                                cta_text, cta_url, cta_deadline)
                            values (:edition, :article, :series, :date, :sectionTitle, :sectionPosition, :position, :slug,
                                :title, :summary, :html, :text, :cName, :cTitle, :cNote, :cTeam, :cEmail, :cPhone, :roles,
                                :phases, :districts, :clusters, :essential, :marketing, :ctaText, :ctaUrl, :ctaDeadline)
                            returning id
                            """).params(p).query(Long.class).single();
            for (Long attachment : f.attachmentIds()) {
                jdbc.sql(
                                "insert into bulletin_published_attachments (published_article_id, attachment_id) values (:p, :a)")
                        .param("p", id)
                        .param("a", attachment)
                        .update();
            }
        }
    }

    public static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.UK)
                .replace("’", "")
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    private static String uniqueSlug(String slug, Set<String> taken) {
        String candidate = slug;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = slug + "-" + i;
        }
        return candidate;
    }

    public void correct(long editionId, Long publishedArticleId, String notice, String by) {
        jdbc.sql("insert into bulletin_corrections (edition_id, published_article_id, notice, made_by)"
                        + " values (:edition, :article, :notice, :by)")
                .param("edition", editionId)
                .param("article", publishedArticleId)
                .param("notice", notice)
                .param("by", by)
                .update();
        jdbc.sql("update bulletin_editions set revised_at = now() where id = :id")
                .param("id", editionId)
                .update();
    }

    /** The published editions changed (corrected, or their series' visibility) since then, by id. */
    List<Long> revisedSince(Instant since) {
        return jdbc.sql("select id from bulletin_editions where status = :published and revised_at >= :since")
                .param("published", PUBLISHED)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .list();
    }

    Instant databaseNow() {
        return jdbc.sql("select now()").query(Timestamp.class).single().toInstant();
    }

    Optional<Long> editionId(String seriesKey, int number) {
        return jdbc.sql("select e.id from bulletin_editions e join bulletin_series s on s.id = e.series_id"
                        + " where s.key = :key and e.number = :number and e.status = :published")
                .param("published", PUBLISHED)
                .param("key", seriesKey)
                .param("number", number)
                .query(Long.class)
                .optional();
    }

    @Override
    public boolean exists(String seriesKey, int number, String slug) {
        return jdbc.sql("select exists (select 1 from bulletin_editions e join bulletin_series s on s.id = e.series_id"
                        + " where s.key = :key and e.number = :number and e.status = :published"
                        + " and (cast(:slug as text) is null or exists (select 1 from bulletin_published_articles a"
                        + " where a.edition_id = e.id and a.slug = :slug)))")
                .param("published", PUBLISHED)
                .param("key", seriesKey)
                .param("number", number)
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    record Listed(long id, int number, LocalDate date, Instant publishedAt, int articles) {}

    public List<Integer> years(long seriesId) {
        return jdbc.sql("select distinct extract(year from edition_date)::int y from bulletin_editions"
                        + " where series_id = :series and status = :published order by y desc")
                .param("published", PUBLISHED)
                .param("series", seriesId)
                .query(Integer.class)
                .list();
    }

    public List<Listed> editions(long seriesId, int year) {
        return jdbc.sql("""
                        select e.id, e.number, e.edition_date, e.published_at,
                               (select count(*) from bulletin_published_articles a where a.edition_id = e.id)
                          from bulletin_editions e
                         where e.series_id = :series and e.status = :published
                           and e.edition_date >= make_date(:year, 1, 1) and e.edition_date < make_date(:year + 1, 1, 1)
                         order by e.edition_date desc, e.number desc
                        """)
                .param("published", PUBLISHED)
                .param("series", seriesId)
                .param("year", year)
                .query((rs, n) -> new Listed(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getInt(5)))
                .list();
    }

    public List<Long> latest(String seriesKey, int limit) {
        return jdbc.sql(
                        "select e.id from bulletin_editions e join bulletin_series s on s.id = e.series_id"
                                + " where s.key = :key and e.status = :published order by e.edition_date desc, e.number desc limit :n")
                .param("published", PUBLISHED)
                .param("key", seriesKey)
                .param("n", limit)
                .query(Long.class)
                .list();
    }

    public Optional<PublishedEdition> edition(long id) {
        record Head(
                long id,
                String key,
                String name,
                boolean open,
                int number,
                LocalDate date,
                Instant publishedAt,
                String foreword,
                String signedName,
                String signedTitle,
                String signedNote) {}
        Optional<Head> head = jdbc.sql("""
                        select e.id, s.key, s.name, s.public_archive, e.number, e.edition_date, e.published_at,
                               e.foreword_html, e.signed_name, e.signed_title, e.signed_note
                          from bulletin_editions e join bulletin_series s on s.id = e.series_id
                         where e.id = :id and e.status = :published
                        """)
                .param("published", PUBLISHED)
                .param("id", id)
                .query((rs, n) -> new Head(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getInt(5),
                        rs.getDate(6).toLocalDate(),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        String path = "/bulletins/" + h.key() + "/" + h.number();
        Map<Long, List<PublishedEdition.Attachment>> attachments = new HashMap<>();
        jdbc.sql("""
                        select p.published_article_id, a.id, a.file_name, a.kind, a.size_bytes
                          from bulletin_published_attachments p join bulletin_attachments a on a.id = p.attachment_id
                          join bulletin_published_articles pa on pa.id = p.published_article_id
                         where pa.edition_id = :id order by a.id
                        """)
                .param("id", id)
                .query((rs, n) -> attachments
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PublishedEdition.Attachment(
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getLong(5),
                                "/bulletins/attachments/" + rs.getLong(2) + "/"
                                        + rs.getString(3).replaceAll("[^A-Za-z0-9._-]", "-"))))
                .list();
        Map<String, List<PublishedEdition.Article>> sections = new LinkedHashMap<>();
        jdbc.sql(
                        "select * from bulletin_published_articles where edition_id = :id order by section_position, position, id")
                .param("id", id)
                .query((rs, n) -> {
                    PublishedEdition.Article article =
                            article(rs, path, attachments.getOrDefault(rs.getLong("id"), List.of()));
                    sections.computeIfAbsent(article.section(), k -> new ArrayList<>())
                            .add(article);
                    return null;
                })
                .list();
        List<PublishedEdition.Section> list = new ArrayList<>();
        sections.forEach((title, articles) -> list.add(new PublishedEdition.Section(title, articles)));
        List<PublishedEdition.Correction> corrections = jdbc.sql("select id, made_at, notice, published_article_id"
                        + " from bulletin_corrections where edition_id = :id order by made_at, id")
                .param("id", id)
                .query((rs, n) -> {
                    long article = rs.getLong(4);
                    Long articleId = rs.wasNull() ? null : article;
                    return new PublishedEdition.Correction(
                            rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), articleId);
                })
                .list();
        PublishedEdition.Officer signedBy = h.signedName() == null
                ? null
                : new PublishedEdition.Officer(h.signedName(), h.signedTitle(), h.signedNote(), null, null, null);
        return Optional.of(new PublishedEdition(
                h.id(),
                h.key(),
                h.name(),
                h.open(),
                h.number(),
                h.date(),
                h.publishedAt(),
                path,
                h.foreword() == null ? "" : h.foreword(),
                signedBy,
                list,
                corrections));
    }

    private static PublishedEdition.Article article(
            ResultSet rs, String editionPath, List<PublishedEdition.Attachment> attachments) throws SQLException {
        Date deadline = rs.getDate("cta_deadline");
        String ctaUrl = rs.getString("cta_url");
        String contactName = rs.getString("contact_name");
        return new PublishedEdition.Article(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getString("slug"),
                editionPath + "/" + rs.getString("slug"),
                rs.getString("section_title"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body_html"),
                rs.getBoolean("essential"),
                rs.getBoolean("marketing"),
                Articles.audience(rs, "audience_"),
                ctaUrl == null
                        ? null
                        : new PublishedEdition.CallToAction(
                                rs.getString("cta_text"), ctaUrl, deadline == null ? null : deadline.toLocalDate()),
                contactName == null
                        ? null
                        : new PublishedEdition.Officer(
                                contactName,
                                rs.getString("contact_title"),
                                rs.getString("contact_note"),
                                rs.getString("contact_team"),
                                rs.getString("contact_email"),
                                rs.getString("contact_phone")),
                attachments);
    }
}
