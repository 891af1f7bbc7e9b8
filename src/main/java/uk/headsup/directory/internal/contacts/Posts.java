package uk.headsup.directory.internal.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.OrganisationKind;

/** The authority's teams, their posts, who held each post and who covered it. Nothing here is ever deleted. */
@Repository
public class Posts {

    public record Team(long id, String name, String email) {}

    public record Post(long id, long teamId, String teamName, String title, List<String> areas) {}

    /** Someone holding a post, or covering it, between two dates (the end may be open). */
    public record Term(
            long id,
            long postId,
            long personId,
            String name,
            String email,
            CoverKind cover,
            LocalDate startsOn,
            LocalDate endsOn,
            String note) {

        public boolean currentOn(LocalDate date) {
            return !startsOn.isAfter(date) && (endsOn == null || !endsOn.isBefore(date));
        }

        public boolean endedBy(LocalDate date) {
            return endsOn != null && endsOn.isBefore(date);
        }

        public boolean overlaps(LocalDate from, LocalDate until) {
            return (endsOn == null || !endsOn.isBefore(from)) && (until == null || !startsOn.isAfter(until));
        }
    }

    private final JdbcClient jdbc;

    Posts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The authority's own entry in the directory, added (with this name) the first time a team needs it. */
    public long authority(String name) {
        return jdbc.sql("select id from organisations where kind = :authority order by id limit 1")
                .param("authority", OrganisationKind.AUTHORITY.name())
                .query(Long.class)
                .optional()
                .orElseGet(
                        () -> jdbc.sql("insert into organisations (kind, name) values (:authority, :name) returning id")
                                .param("authority", OrganisationKind.AUTHORITY.name())
                                .param("name", name)
                                .query(Long.class)
                                .single());
    }

    public long addTeam(long authorityId, String name, String email) {
        return jdbc.sql("""
                        insert into organisations (kind, name, parent_id, email) values (:team, :name, :parent, :email)
                        returning id
                        """)
                .param("team", OrganisationKind.TEAM.name())
                .param("name", name)
                .param("parent", authorityId)
                .param("email", email == null || email.isBlank() ? null : email.strip())
                .query(Long.class)
                .single();
    }

    /** An officer already in the directory, as the cover form offers them. */
    public record Colleague(long id, String name, String email, String phone) {
        public String value() {
            return Long.toString(id);
        }

        public String label() {
            return name + " (" + email + ")";
        }
    }

    /** Everyone who holds or has held or covered one of the authority's posts, by name. */
    public List<Colleague> officers() {
        return jdbc.sql("""
                        select p.id, p.full_name, p.email, p.phone from people p
                         where exists (select 1 from post_holders h where h.person_id = p.id)
                            or exists (select 1 from cover_arrangements c where c.person_id = p.id)
                         order by lower(p.full_name), p.id
                        """)
                .query((rs, n) -> new Colleague(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public List<Team> teams() {
        return jdbc.sql("select id, name, email from organisations where kind = :team order by lower(name), id")
                .param("team", OrganisationKind.TEAM.name())
                .query((rs, n) -> new Team(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<Team> team(long id) {
        return jdbc.sql("select id, name, email from organisations where kind = :team and id = :id")
                .param("team", OrganisationKind.TEAM.name())
                .param("id", id)
                .query((rs, n) -> new Team(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public Optional<Team> teamNamed(String name) {
        return jdbc.sql("select id, name, email from organisations where kind = :team and lower(name) = lower(:name)")
                .param("team", OrganisationKind.TEAM.name())
                .param("name", name.strip())
                .query((rs, n) -> new Team(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public long addPost(long teamId, String title, List<String> areas) {
        long id = jdbc.sql("insert into authority_posts (team_id, title) values (:team, :title) returning id")
                .param("team", teamId)
                .param("title", title)
                .query(Long.class)
                .single();
        setAreas(id, areas);
        return id;
    }

    public void changePost(long id, String title, List<String> areas) {
        jdbc.sql("update authority_posts set title = :title where id = :id")
                .param("id", id)
                .param("title", title)
                .update();
        jdbc.sql("delete from authority_post_areas where post_id = :id")
                .param("id", id)
                .update();
        setAreas(id, areas);
    }

    private void setAreas(long postId, List<String> areas) {
        for (int i = 0; i < areas.size(); i++) {
            jdbc.sql("insert into authority_post_areas (post_id, position, area) values (:post, :position, :area)")
                    .param("post", postId)
                    .param("position", i)
                    .param("area", areas.get(i))
                    .update();
        }
    }

    private static final String POST = """
            select p.id, p.team_id, t.name, p.title,
                   coalesce((select string_agg(a.area, E'\\n' order by a.position)
                               from authority_post_areas a where a.post_id = p.id), '')
              from authority_posts p join organisations t on t.id = p.team_id""";

    public Optional<Post> post(long id) {
        return jdbc.sql(POST + " where p.id = :id")
                .param("id", id)
                .query(Posts::post)
                .optional();
    }

    public List<Post> posts() {
        return jdbc.sql(POST + " order by lower(t.name), lower(p.title), p.id")
                .query(Posts::post)
                .list();
    }

    /** Takes the post's row lock, so that two changes to its holders or cover are made one after the other. */
    void lock(long postId) {
        jdbc.sql("select id from authority_posts where id = :id for update")
                .param("id", postId)
                .query(Long.class)
                .single();
    }

    public List<Term> holders(long postId) {
        return jdbc.sql("""
                        select h.id, h.post_id, h.person_id, p.full_name, p.email, null, h.starts_on, h.ends_on, null
                          from post_holders h join people p on p.id = h.person_id
                         where h.post_id = :post order by h.starts_on desc, h.id desc
                        """).param("post", postId).query(Posts::term).list();
    }

    public List<Term> covers(long postId) {
        return jdbc.sql("""
                        select c.id, c.post_id, c.person_id, p.full_name, p.email, c.kind, c.starts_on, c.ends_on, c.note
                          from cover_arrangements c join people p on p.id = c.person_id
                         where c.post_id = :post order by c.starts_on desc, c.id desc
                        """).param("post", postId).query(Posts::term).list();
    }

    public long hold(long postId, long personId, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        insert into post_holders (post_id, person_id, starts_on, ends_on)
                        values (:post, :person, :from, :until) returning id
                        """)
                .param("post", postId)
                .param("person", personId)
                .param("from", from)
                .param("until", until)
                .query(Long.class)
                .single();
    }

    void endHolding(long id, LocalDate lastDay) {
        jdbc.sql("update post_holders set ends_on = :until where id = :id")
                .param("id", id)
                .param("until", lastDay)
                .update();
    }

    public long cover(long postId, long personId, CoverKind kind, LocalDate from, LocalDate until, String note) {
        return jdbc.sql("""
                        insert into cover_arrangements (post_id, person_id, kind, starts_on, ends_on, note)
                        values (:post, :person, :kind, :from, :until, :note) returning id
                        """)
                .param("post", postId)
                .param("person", personId)
                .param("kind", kind.name())
                .param("from", from)
                .param("until", until)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .query(Long.class)
                .single();
    }

    void endCover(long id, LocalDate lastDay) {
        jdbc.sql("update cover_arrangements set ends_on = :until where id = :id")
                .param("id", id)
                .param("until", lastDay)
                .update();
    }

    private static Post post(ResultSet rs, int n) throws SQLException {
        String areas = rs.getString(5);
        return new Post(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                areas.isEmpty() ? List.of() : areas.lines().toList());
    }

    private static Term term(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString(6);
        return new Term(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                kind == null ? null : CoverKind.valueOf(kind),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getString(9));
    }
}
