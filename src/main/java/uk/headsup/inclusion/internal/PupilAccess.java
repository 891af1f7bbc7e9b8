package uk.headsup.inclusion.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.StaffMember;

/**
 * Who may see which pupils: inclusion officers every pupil; at a school, its headteacher and the users the head
 * authorises, their own school's pupils only; nobody else any (administrators included). Every read of a pupil
 * is written to the access log.
 */
@Component
@Transactional
public class PupilAccess {

    /**
     * Who is asking.
     *
     * @param schools the schools whose pupils they may see, by id, with their names (none for authority staff)
     * @param heads the schools where they are headteacher (who may authorise others)
     */
    public record Viewer(String email, boolean officer, Map<Long, String> schools, Set<Long> heads) {

        public boolean sees(long organisationId) {
            return officer || schools.containsKey(organisationId);
        }

        public boolean anyPupils() {
            return officer || !schools.isEmpty();
        }
    }

    private final Directory directory;
    private final JdbcClient jdbc;

    PupilAccess(Directory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Viewer viewer(Authentication authentication) {
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        String email = authentication.getName();
        if (authorities.contains("ROLE_AUTHORITY_STAFF")) {
            return new Viewer(email, authorities.contains("ROLE_INCLUSION_OFFICER"), Map.of(), Set.of());
        }
        return schoolViewer(email);
    }

    /** A school or setting user by their email: the schools whose pupils they may see. */
    @Transactional(readOnly = true)
    public Viewer schoolViewer(String email) {
        List<StaffMember.Post> posts =
                directory.staffMember(email).map(StaffMember::posts).orElse(List.of());
        Set<Long> authorised = Set.copyOf(
                jdbc.sql("select organisation_id from inclusion_authorised_users where email = lower(:email)")
                        .param("email", email)
                        .query(Long.class)
                        .list());
        Map<Long, String> schools = new LinkedHashMap<>();
        Set<Long> heads = new HashSet<>();
        for (StaffMember.Post post : posts) {
            if (post.role() == OrganisationRole.HEADTEACHER) {
                heads.add(post.organisationId());
                schools.put(post.organisationId(), post.organisationName());
            } else if (authorised.contains(post.organisationId())) {
                schools.put(post.organisationId(), post.organisationName());
            }
        }
        return new Viewer(email, false, schools, Set.copyOf(heads));
    }

    /** The viewer, who must be able to see some pupils (else 404: the pages do not exist for them). */
    public Viewer require(Authentication authentication) {
        Viewer viewer = viewer(authentication);
        if (!viewer.anyPupils()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return viewer;
    }

    /** An inclusion officer (else 404, administrators included: the pages do not exist for them). */
    public Viewer requireOfficer(Authentication authentication) {
        Viewer viewer = viewer(authentication);
        if (!viewer.officer()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return viewer;
    }

    /** Records that this viewer read this pupil's record, and why. */
    public void logRead(long pupilId, String email, String purpose) {
        jdbc.sql("insert into inclusion_access_log (pupil_id, read_by, purpose) values (:pupil, :by, :purpose)")
                .param("pupil", pupilId)
                .param("by", email)
                .param("purpose", purpose)
                .update();
    }

    /** The reads of one pupil's record, latest first. */
    @Transactional(readOnly = true)
    public List<Read> reads(long pupilId) {
        return jdbc.sql("select read_by, read_at, purpose from inclusion_access_log where pupil_id = :pupil"
                        + " order by read_at desc, id desc")
                .param("pupil", pupilId)
                .query((rs, n) -> new Read(
                        rs.getString(1), rs.getObject(2, OffsetDateTime.class).toLocalDateTime(), rs.getString(3)))
                .list();
    }

    public record Read(String by, LocalDateTime at, String purpose) {}

    /** The users a head has authorised at their school. */
    @Transactional(readOnly = true)
    public List<String> authorised(long organisationId) {
        return jdbc.sql("select email from inclusion_authorised_users where organisation_id = :org order by email")
                .param("org", organisationId)
                .query(String.class)
                .list();
    }

    public void authorise(long organisationId, String email, String by) {
        jdbc.sql("""
                        insert into inclusion_authorised_users (organisation_id, email, authorised_by)
                        values (:org, lower(:email), :by) on conflict do nothing
                        """)
                .param("org", organisationId)
                .param("email", email.trim())
                .param("by", by)
                .update();
    }

    public void withdraw(long organisationId, String email) {
        jdbc.sql("delete from inclusion_authorised_users where organisation_id = :org and email = lower(:email)")
                .param("org", organisationId)
                .param("email", email.trim())
                .update();
    }
}
