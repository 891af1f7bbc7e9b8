package uk.headsup.directory.internal.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.AuthorityContact;
import uk.headsup.directory.AuthorityContacts;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.internal.OrganisationStatus;

/**
 * Who answers for each post on a date: whoever covers it that day (the arrangement that started last, should two
 * ever overlap), otherwise its holder. The title printed with their name is the one that applied that day.
 */
@Service
@Transactional(readOnly = true)
class JdbcAuthorityContacts implements AuthorityContacts {

    private static final String QUERY = """
            select p.id, p.title, t.id, t.name,
                   coalesce((select string_agg(a.area, E'\\n' order by a.position)
                               from authority_post_areas a where a.post_id = p.id), ''),
                   hp.id, hp.full_name, hp.email, hp.phone,
                   cp.id, cp.full_name, cp.email, cp.phone, cp.job_title, c.kind, c.ends_on,
                   (select own.title from post_holders h2 join authority_posts own on own.id = h2.post_id
                     where h2.person_id = c.person_id and h2.starts_on <= :date
                       and (h2.ends_on is null or h2.ends_on >= :date)
                     order by h2.starts_on desc limit 1)
              from authority_posts p
              join organisations t on t.id = p.team_id
              left join lateral (select person_id from post_holders
                                  where post_id = p.id and starts_on <= :date and (ends_on is null or ends_on >= :date)
                                  order by starts_on desc, id desc limit 1) h on true
              left join people hp on hp.id = h.person_id
              left join lateral (select person_id, kind, ends_on from cover_arrangements
                                  where post_id = p.id and starts_on <= :date and (ends_on is null or ends_on >= :date)
                                  order by starts_on desc, id desc limit 1) c on true
              left join people cp on cp.id = c.person_id
             where (h.person_id is not null or c.person_id is not null)
               and t.status <> :closed
               and %s
             order by lower(t.name), lower(p.title), p.id
            """;

    private final JdbcClient jdbc;

    JdbcAuthorityContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AuthorityContact> on(LocalDate date) {
        return jdbc.sql(QUERY.formatted("true"))
                .param("date", date)
                .param("closed", OrganisationStatus.CLOSED.name())
                .query(JdbcAuthorityContacts::contact)
                .list();
    }

    @Override
    public List<AuthorityContact> forArea(String area, LocalDate date) {
        return jdbc.sql(QUERY.formatted("""
                        exists (select 1 from authority_post_areas a
                                 where a.post_id = p.id and lower(a.area) = lower(:area))"""))
                .param("date", date)
                .param("closed", OrganisationStatus.CLOSED.name())
                .param("area", area.strip())
                .query(JdbcAuthorityContacts::contact)
                .list();
    }

    @Override
    public List<AuthorityContact> forTeam(long teamId, LocalDate date) {
        return jdbc.sql(QUERY.formatted("t.id = :team"))
                .param("date", date)
                .param("closed", OrganisationStatus.CLOSED.name())
                .param("team", teamId)
                .query(JdbcAuthorityContacts::contact)
                .list();
    }

    @Override
    public Optional<AuthorityContact> forPost(long postId, LocalDate date) {
        return jdbc.sql(QUERY.formatted("p.id = :post"))
                .param("date", date)
                .param("closed", OrganisationStatus.CLOSED.name())
                .param("post", postId)
                .query(JdbcAuthorityContacts::contact)
                .optional();
    }

    private static AuthorityContact contact(ResultSet rs, int n) throws SQLException {
        long postId = rs.getLong(1);
        String postTitle = rs.getString(2);
        long teamId = rs.getLong(3);
        String teamName = rs.getString(4);
        String areaText = rs.getString(5);
        List<String> areas = areaText.isEmpty() ? List.of() : areaText.lines().toList();
        String holder = rs.getString(7);
        String coverKind = rs.getString(15);
        if (coverKind == null) {
            return new AuthorityContact(
                    postId,
                    postTitle,
                    teamId,
                    teamName,
                    areas,
                    rs.getLong(6),
                    holder,
                    postTitle,
                    rs.getString(8),
                    rs.getString(9),
                    null,
                    null,
                    null);
        }
        CoverKind kind = CoverKind.valueOf(coverKind);
        String ownTitle = rs.getString(17) != null ? rs.getString(17) : rs.getString(14);
        String title = switch (kind) {
            case ACTING -> "Acting " + postTitle;
            case INTERIM -> "Interim " + postTitle;
            case MAIN_CONTACT -> ownTitle;
        };
        return new AuthorityContact(
                postId,
                postTitle,
                teamId,
                teamName,
                areas,
                rs.getLong(10),
                rs.getString(11),
                title,
                rs.getString(12),
                rs.getString(13),
                kind,
                kind == CoverKind.MAIN_CONTACT ? holder : null,
                rs.getObject(16, LocalDate.class));
    }
}
