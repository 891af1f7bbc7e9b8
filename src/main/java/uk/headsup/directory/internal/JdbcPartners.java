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

    private final JdbcClient jdbc;

    JdbcPartners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PartnerSuggestion> suggest(long schoolId, Set<Phase> phases, int limit) {
        if (phases.isEmpty() || limit < 1) {
            return List.of();
        }
        return jdbc.sql("""
                        with lead as (select id, district, trust_id, easting, northing from organisations where id = :id),
                             shared as (select cm.organisation_id, array_agg(c.name order by c.name) as names
                                          from cluster_members mine
                                          join cluster_members cm on cm.cluster_id = mine.cluster_id
                                          join organisations c on c.id = mine.cluster_id
                                         where mine.organisation_id = :id
                                         group by cm.organisation_id)
                        select o.id, o.kind, o.name, o.phase, o.district, o.trust_id, o.status,
                               coalesce(o.district = lead.district, false) as same_district,
                               coalesce(o.trust_id = lead.trust_id, false) as same_trust,
                               shared.names,
                               round(sqrt(power(o.easting::float8 - lead.easting, 2)
                                        + power(o.northing::float8 - lead.northing, 2)))::bigint as metres
                          from organisations o cross join lead
                          left join shared on shared.organisation_id = o.id
                         where o.kind = 'SCHOOL' and o.status <> 'CLOSED' and o.id <> lead.id and o.phase in (:phases)
                         order by same_district desc, same_trust desc, shared.names is not null desc, metres nulls last,
                                  o.name
                         limit :limit
                        """)
                .param("id", schoolId)
                .param("phases", phases.stream().map(Phase::name).toList())
                .param("limit", limit)
                .query((rs, n) -> {
                    String phase = rs.getString("phase");
                    long trust = rs.getLong("trust_id");
                    Long trustId = rs.wasNull() ? null : trust;
                    Array names = rs.getArray("names");
                    long metres = rs.getLong("metres");
                    Long distance = rs.wasNull() ? null : metres;
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
