package uk.headsup.bulletins.internal.articles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.platform.format.UploadedFileType;

/** Files attached to articles, kept in the database with the article (so a backup has both). */
@Repository
public class Attachments {

    public record Attachment(
            long id,
            long articleId,
            String fileName,
            String mediaType,
            String kind,
            long sizeBytes,
            String uploadedBy,
            Instant uploadedAt) {

        public String path() {
            return "/bulletins/attachments/" + id + "/" + fileName.replaceAll("[^A-Za-z0-9._-]", "-");
        }

        public String size() {
            return sizeBytes < 1024 * 1024
                    ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB"
                    : String.format("%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    public record Content(Attachment attachment, byte[] bytes, boolean published, boolean publicArchive) {}

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long articleId, String fileName, UploadedFileType type, byte[] bytes, String sha256, String by) {
        return jdbc.sql("""
                        insert into bulletin_attachments (article_id, file_name, media_type, kind, size_bytes, sha256,
                                                          content, uploaded_by)
                        values (:article, :name, :type, :kind, :size, :sha, :content, :by) returning id
                        """)
                .param("article", articleId)
                .param("name", fileName)
                .param("type", type.mediaType(fileName))
                .param("kind", type.label())
                .param("size", bytes.length)
                .param("sha", sha256)
                .param("content", bytes)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public List<Attachment> of(long articleId) {
        return jdbc.sql("select id, article_id, file_name, media_type, kind, size_bytes, uploaded_by, uploaded_at"
                        + " from bulletin_attachments where article_id = :article order by id")
                .param("article", articleId)
                .query((rs, n) -> new Attachment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Removes an attachment that no published edition carries; false if one does (it stays in the archive). */
    boolean remove(long articleId, long id) {
        return jdbc.sql(
                                "delete from bulletin_attachments a where a.id = :id and a.article_id = :article"
                                        + " and not exists (select 1 from bulletin_published_attachments p where p.attachment_id = a.id)")
                        .param("id", id)
                        .param("article", articleId)
                        .update()
                == 1;
    }

    public Optional<Content> content(long id) {
        return jdbc.sql("""
                        select a.id, a.article_id, a.file_name, a.media_type, a.kind, a.size_bytes, a.uploaded_by,
                               a.uploaded_at, a.content,
                               exists (select 1 from bulletin_published_attachments p where p.attachment_id = a.id),
                               exists (select 1 from bulletin_published_attachments p
                                         join bulletin_published_articles pa on pa.id = p.published_article_id
                                         join bulletin_series s on s.id = pa.series_id
                                        where p.attachment_id = a.id and s.public_archive)
                          from bulletin_attachments a where a.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Content(
                        new Attachment(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getLong(6),
                                rs.getString(7),
                                rs.getTimestamp(8).toInstant()),
                        rs.getBytes(9),
                        rs.getBoolean(10),
                        rs.getBoolean(11)))
                .optional();
    }
}
