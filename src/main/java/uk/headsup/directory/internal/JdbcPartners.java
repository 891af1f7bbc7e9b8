package uk.headsup.directory.internal;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Partners;
import uk.headsup.directory.Phase;

@Service
@Transactional(readOnly = true)
class JdbcPartners implements Partners {

    private static final Set<OrganisationRole> LEADERS =
            EnumSet.of(OrganisationRole.HEADTEACHER, OrganisationRole.SETTING_MANAGER, OrganisationRole.CHILDMINDER);

    /**
     * The open schools, written out rather than bound: PostgreSQL uses the partial indexes {@code
     * organisations_school_location} and {@code organisations_school_unlocated} (V3_14_50) only for a predicate that
     * matches theirs when the statement is planned, and with the values bound a generic plan reads every school.
     * JdbcPartnersTest ties the literals to {@link OrganisationKind} and {@link OrganisationStatus}.
     */
    static final String OPEN_SCHOOL = "o.kind = 'SCHOOL' and o.status <> 'CLOSED'";

    private final JdbcClient jdbc;

    JdbcPartners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PartnerSuggestion> suggest(long schoolId, Set<Phase> phases, int limit) {
        if (phases.isEmpty() || limit < 1) {
            return List.of();
        }
        // Set-based, without reading every school: the candidates are the lead's district, trust and shared
        // clusters in full, and of the rest only as many as could be shown: the nearest (a GiST index on the grid
        // reference, V3_14_50) and the first by name of those without a distance. Only they are ranked.
        return jdbc.sql("""
                        with lead as (select id, district, trust_id, point(easting, northing) as at
                                        from organisations where id = :id),
                             shared as (select cm.organisation_id, array_agg(c.name order by c.name) as names
                                          from cluster_members mine
                                          join cluster_members cm on cm.cluster_id = mine.cluster_id
                                          join organisations c on c.id = mine.cluster_id
                                         where mine.organisation_id = :id
                                         group by cm.organisation_id),
                             schools as not materialized (
                                 select o.id, o.kind, o.name, o.phase, o.district, o.trust_id, o.status, o.easting,
                                        o.northing
                                   from organisations o
                                  where %s and o.id <> :id
                                    and o.phase in (:phases)),
                             others as not materialized (
                                 select * from schools o
                                  where not coalesce(o.district = (select district from lead), false)
                                    and not coalesce(o.trust_id = (select trust_id from lead), false)
                                    and not exists (select from shared where shared.organisation_id = o.id)),
                             candidates as (
                                 select * from schools where district = (select district from lead)
                                 union
                                 select * from schools where trust_id = (select trust_id from lead)
                                 union
                                 select * from schools where id in (select organisation_id from shared)
                                 union
                                 (select * from others
                                   where easting is not null and northing is not null
                                     and (select at from lead) is not null
                                   order by point(easting, northing) <-> (select at from lead)
                                   limit :limit)
                                 union
                                 (select * from others where easting is null or northing is null
                                   order by name, id limit :limit)
                                 union
                                 (select * from others where (select at from lead) is null
                                   order by name, id limit :limit))
                        select o.id, o.kind, o.name, o.phase, o.district, o.trust_id, o.status,
                               coalesce(o.district = lead.district, false) as same_district,
                               coalesce(o.trust_id = lead.trust_id, false) as same_trust,
                               shared.names,
                               point(o.easting, o.northing) <-> lead.at as distance
                          from candidates o
                          cross join lead
                          left join shared on shared.organisation_id = o.id
                         order by same_district desc, same_trust desc, shared.names is not null desc,
                                  distance nulls last, o.name, o.id
                         limit :limit
                        """.formatted(OPEN_SCHOOL))
                .param("id", schoolId)
                .param("phases", phases.stream().map(Phase::name).toList())
                .param("limit", limit)
                .query((rs, n) -> {
                    String phase = rs.getString("phase");
                    long trust = rs.getLong("trust_id");
                    Long trustId = rs.wasNull() ? null : trust;
                    Array names = rs.getArray("names");
                    double metres = rs.getDouble("distance");
                    Long distance = rs.wasNull() ? null : Math.round(metres);
                    return new PartnerSuggestion(
                            new OrganisationProfile(
                                    rs.getLong("id"),
                                    OrganisationKind.valueOf(rs.getString("kind")),
                                    rs.getString("name"),
                                    phase == null ? null : Phase.valueOf(phase),
                                    rs.getString("district"),
                                    trustId,
                                    true),
                            rs.getBoolean("same_district"),
                            rs.getBoolean("same_trust"),
                            names == null ? List.of() : Arrays.asList((String[]) names.getArray()),
                            distance);
                })
                .list();
    }

    @Override
    public Map<Long, Set<Long>> clusters(Collection<Long> organisationIds) {
        Map<Long, Set<Long>> clusters = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return clusters;
        }
        jdbc.sql("select organisation_id, cluster_id from cluster_members where organisation_id in (:ids)")
                .param("ids", organisationIds)
                .query(rs -> {
                    clusters.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getLong(2));
                });
        return clusters;
    }

    @Override
    public List<AudienceMember> leaders(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(jdbc.sql("""
                        select p.id, p.full_name, p.email, o.id, o.name, a.role
                          from people p
                          join appointments a on a.person_id = p.id
                          join organisations o on o.id = a.organisation_id
                         where o.id in (:ids) and a.role in (:roles)
                           and a.starts_on <= current_date and (a.ends_on is null or a.ends_on >= current_date)
                         order by o.name, p.full_name
                        """)
                .param("ids", organisationIds)
                .param("roles", LEADERS.stream().map(Enum::name).toList())
                .query((rs, n) -> new AudienceMember(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        OrganisationRole.valueOf(rs.getString(6))))
                .list());
    }
}
