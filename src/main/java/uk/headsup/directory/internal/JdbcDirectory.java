package uk.headsup.directory.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.AudienceReach;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.Directory;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationFacts;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.OrganisationSummary;
import uk.headsup.directory.Phase;
import uk.headsup.directory.Predecessor;
import uk.headsup.directory.StaffMember;
import uk.headsup.directory.internal.contacts.Posts;
import uk.headsup.platform.Authority;

@Service
@Transactional
class JdbcDirectory implements Directory, DirectoryRecords {

    /** The kinds of organisation at which school staff hold posts (not the authority's own teams or clusters). */
    private static final List<String> STAFFED_KINDS = List.of(
            OrganisationKind.SCHOOL.name(),
            OrganisationKind.EARLY_YEARS_SETTING.name(),
            OrganisationKind.CHILDMINDER.name(),
            OrganisationKind.ACADEMY_TRUST.name());

    private final JdbcClient jdbc;
    private final Audiences audiences;
    private final Posts posts;
    private final Authority authority;
    private final Clusters clusters;

    JdbcDirectory(JdbcClient jdbc, Audiences audiences, Posts posts, Authority authority, Clusters clusters) {
        this.jdbc = jdbc;
        this.audiences = audiences;
        this.posts = posts;
        this.authority = authority;
        this.clusters = clusters;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AudienceMember> members(Audience audience, LocalDate on) {
        return audiences.members(audience, on);
    }

    @Override
    @Transactional(readOnly = true)
    public AudienceReach reach(Audience audience, LocalDate on) {
        return audiences.reach(audience, on);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationFacts> organisations(Audience audience) {
        List<String> kinds = audience.kinds().isEmpty()
                ? Audiences.ESTABLISHMENTS
                : audience.kinds().stream().map(Enum::name).toList();
        return jdbc.sql("""
                        select o.id, o.name, o.kind, o.phase, o.establishment_type, o.district, t.id trust_id,
                               t.name trust_name
                          from organisations o left join organisations t on t.id = o.trust_id
                         where o.kind in (:kinds)
                           and (:anyStatus or o.status <> :closed)
                           and (:anyPhase or o.phase in (:phases))
                           and (:anyDistrict or o.district in (:districts))
                           and (:anyTrust or o.trust_id in (:trusts))
                         order by o.name, o.id
                        """)
                .param("kinds", kinds)
                .param("anyStatus", audience.includeClosed())
                .param("closed", OrganisationStatus.CLOSED.name())
                .param("anyPhase", audience.phases().isEmpty())
                .param(
                        "phases",
                        orNone(audience.phases().stream().map(Enum::name).toList()))
                .param("anyDistrict", audience.districts().isEmpty())
                .param("districts", orNone(List.copyOf(audience.districts())))
                .param("anyTrust", audience.trusts().isEmpty())
                .param("trusts", audience.trusts().isEmpty() ? List.of(-1L) : List.copyOf(audience.trusts()))
                .query((rs, n) -> {
                    long trust = rs.getLong("trust_id");
                    String phase = rs.getString("phase");
                    return new OrganisationFacts(
                            rs.getLong("id"),
                            rs.getString("name"),
                            OrganisationKind.valueOf(rs.getString("kind")),
                            phase == null ? null : Phase.valueOf(phase),
                            rs.getString("establishment_type"),
                            rs.getString("district"),
                            trust == 0 ? null : trust,
                            rs.getString("trust_name"));
                })
                .list();
    }

    private static List<String> orNone(List<String> values) {
        return values.isEmpty() ? List.of("") : values;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AudienceMember> atTrusts(OrganisationRole role, Collection<Long> trustIds) {
        if (trustIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id, p.full_name, p.email, o.id, o.name
                          from people p
                          join appointments a on a.person_id = p.id
                          join organisations o on o.id = a.organisation_id
                         where o.kind = :trust and o.id in (:trusts) and a.role = :role
                           and a.starts_on <= current_date and (a.ends_on is null or a.ends_on >= current_date)
                         order by o.name, p.full_name
                        """)
                .param("trust", OrganisationKind.ACADEMY_TRUST.name())
                .param("trusts", trustIds)
                .param("role", role.name())
                .query((rs, n) -> new AudienceMember(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), role))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMember> staffMember(String email) {
        record Row(
                long personId,
                String name,
                String email,
                long organisationId,
                String organisationName,
                String role,
                String phase,
                String district,
                Set<Long> clusters) {}
        List<Row> rows = jdbc.sql("""
                        select p.id, p.full_name, p.email, o.id, o.name, a.role, o.phase, o.district,
                               array(select m.cluster_id from cluster_members m where m.organisation_id = o.id) clusters
                          from people p
                          join appointments a on a.person_id = p.id
                          join organisations o on o.id = a.organisation_id
                         where lower(p.email) = lower(:email)
                           and o.kind in (:kinds)
                           and o.status <> :closed
                           and a.starts_on <= current_date
                           and (a.ends_on is null or a.ends_on >= current_date)
                         order by o.name, a.role
                        """)
                .param("email", email.trim())
                .param("kinds", STAFFED_KINDS)
                .param("closed", OrganisationStatus.CLOSED.name())
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        Set.of((Long[]) rs.getArray(9).getArray())))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        List<StaffMember.Post> posts = rows.stream()
                .map(r -> new StaffMember.Post(
                        r.organisationId(),
                        r.organisationName(),
                        OrganisationRole.valueOf(r.role()),
                        r.phase() == null ? null : Phase.valueOf(r.phase()),
                        r.district(),
                        r.clusters()))
                .toList();
        return Optional.of(new StaffMember(first.personId(), first.name(), first.email(), posts));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> headshipSince(String email) {
        return jdbc.sql("""
                        select a.starts_on
                          from appointments a join people p on p.id = a.person_id
                         where lower(p.email) = lower(:email) and a.role = :headteacher
                         order by a.starts_on limit 1
                        """)
                .param("email", email.trim())
                .param("headteacher", OrganisationRole.HEADTEACHER.name())
                .query(LocalDate.class)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisation(long id) {
        return jdbc.sql("""
                        select o.id, o.name, o.urn, o.district, t.name
                          from organisations o left join organisations t on t.id = o.trust_id
                         where o.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new OrganisationSummary(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Predecessor> predecessors(String urn) {
        return jdbc.sql("""
                        with recursive chain (urn, link_type, established_on, depth) as (
                            select predecessor_urn, link_type, established_on, 1 from organisation_links
                             where successor_urn = :urn
                            union
                            select l.predecessor_urn, l.link_type, l.established_on, c.depth + 1
                              from organisation_links l join chain c on l.successor_urn = c.urn
                             where c.depth < 20 and l.predecessor_urn <> :urn)
                        select urn, id, name, link_type, established_on from (
                            select distinct on (c.urn) c.urn, o.id, o.name, c.link_type, c.established_on, c.depth
                              from chain c left join organisations o on o.urn = c.urn
                             order by c.urn, c.depth) nearest
                         order by depth, urn
                        """)
                .param("urn", urn)
                .query((rs, n) -> new Predecessor(
                        rs.getString(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from organisations)")
                .query(Boolean.class)
                .single();
    }

    @Override
    public long addOrganisation(NewOrganisation o) {
        return jdbc.sql("""
                        insert into organisations (kind, name, urn, phase, establishment_type, district, street, town, postcode)
                        values (:kind, :name, :urn, :phase, :type, :district, :street, :town, :postcode)
                        returning id
                        """)
                .param("kind", o.kind().name())
                .param("name", o.name())
                .param("urn", o.urn())
                .param("phase", o.phase() == null ? null : o.phase().name())
                .param("type", o.establishmentType())
                .param("district", o.district())
                .param("street", o.street())
                .param("town", o.town())
                .param("postcode", o.postcode())
                .query(Long.class)
                .single();
    }

    @Override
    public long addPerson(String fullName, String email, String phone, String jobTitle) {
        return jdbc.sql("""
                        insert into people (full_name, email, phone, job_title) values (:name, :email, :phone, :title)
                        returning id
                        """)
                .param("name", fullName)
                .param("email", email)
                .param("phone", phone)
                .param("title", jobTitle)
                .query(Long.class)
                .single();
    }

    @Override
    public void appoint(long personId, long organisationId, OrganisationRole role, LocalDate from) {
        jdbc.sql("""
                        insert into appointments (person_id, organisation_id, role, starts_on)
                        values (:person, :organisation, :role, :from)
                        """)
                .param("person", personId)
                .param("organisation", organisationId)
                .param("role", role.name())
                .param("from", from)
                .update();
    }

    @Override
    public long addTeam(String name, String email) {
        return posts.addTeam(posts.authority(authority.name()), name, email);
    }

    @Override
    public long addPost(long teamId, String title, List<String> areas) {
        return posts.addPost(teamId, title, areas);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> clusters() {
        Map<Long, String> byId = new LinkedHashMap<>();
        jdbc.sql("select id, name from organisations where kind = :cluster order by name, id")
                .param("cluster", OrganisationKind.CLUSTER.name())
                .query(rs -> {
                    byId.put(rs.getLong(1), rs.getString(2));
                });
        return byId;
    }

    @Override
    public void joinTrust(long organisationId, long trustId) {
        int updated = jdbc.sql("""
                        update organisations set trust_id = :trust where id = :id
                           and exists (select 1 from organisations t where t.id = :trust and t.kind = :kind)
                        """)
                .param("trust", trustId)
                .param("kind", OrganisationKind.ACADEMY_TRUST.name())
                .param("id", organisationId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException(
                    "No organisation " + organisationId + " or no academy trust " + trustId + " to join");
        }
    }

    @Override
    public long addCluster(String name, Collection<Long> memberIds) {
        long id = clusters.create(name);
        memberIds.forEach(member -> clusters.add(id, member));
        return id;
    }

    @Override
    public void appointToPost(long postId, long personId, LocalDate from) {
        posts.hold(postId, personId, from, null);
    }

    @Override
    public void arrangeCover(long postId, long personId, CoverKind kind, LocalDate from, LocalDate until, String note) {
        posts.cover(postId, personId, kind, from, until, note);
    }
}
