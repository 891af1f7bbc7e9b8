package uk.headsup.directory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.AudienceReach;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/** Resolves audiences to people: one query, whatever the criteria, so it stays fast for a whole county. */
@Component
@Transactional(readOnly = true)
class Audiences {

    /** Schools and settings: the organisations an audience can be found at. */
    static final List<String> ESTABLISHMENTS = List.of(
            OrganisationKind.SCHOOL.name(),
            OrganisationKind.EARLY_YEARS_SETTING.name(),
            OrganisationKind.CHILDMINDER.name());

    private final JdbcClient jdbc;

    Audiences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AudienceMember> members(Audience audience, LocalDate on) {
        Criteria c = scope(audience);
        c.params.put("on", on);
        String roles = roleCondition(audience, c.params);
        return jdbc.sql("select p.id, p.full_name, p.email, o.id, o.name, a.role, o.phase"
                        + " from organisations o"
                        + " join appointments a on a.organisation_id = o.id"
                        + " join people p on p.id = a.person_id"
                        + " where " + c.where() + " and a.starts_on <= :on and (a.ends_on is null or a.ends_on >= :on)"
                        + roles
                        + " order by o.name, o.id, a.role, p.full_name")
                .params(c.params)
                .query((rs, n) -> new AudienceMember(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        OrganisationRole.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : Phase.valueOf(rs.getString(7))))
                .list();
    }

    AudienceReach reach(Audience audience, LocalDate on) {
        Criteria c = scope(audience);
        c.params.put("on", on);
        String roles = roleCondition(audience, c.params);
        String matching = "select 1 from appointments a where a.organisation_id = o.id"
                + " and a.starts_on <= :on and (a.ends_on is null or a.ends_on >= :on)" + roles;
        int people = jdbc.sql(
                        "select count(distinct a.person_id) from organisations o join appointments a on a.organisation_id = o.id"
                                + " where " + c.where()
                                + " and a.starts_on <= :on and (a.ends_on is null or a.ends_on >= :on)" + roles)
                .params(c.params)
                .query(Integer.class)
                .single();
        int inScope = jdbc.sql("select count(*) from organisations o where " + c.where())
                .params(c.params)
                .query(Integer.class)
                .single();
        List<AudienceReach.Unreached> unreached = jdbc.sql("select o.id, o.name, o.urn from organisations o where "
                        + c.where() + " and not exists (" + matching + ") order by o.name")
                .params(c.params)
                .query((rs, n) -> new AudienceReach.Unreached(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        return new AudienceReach(people, inScope, unreached);
    }

    private static String roleCondition(Audience audience, Map<String, Object> params) {
        if (audience.roles().isEmpty()) {
            return "";
        }
        params.put("roles", audience.roles().stream().map(Enum::name).toList());
        return " and a.role in (:roles)";
    }

    /** The organisations an audience is drawn from, whatever the roles. */
    private static Criteria scope(Audience audience) {
        Criteria c = new Criteria();
        c.add("o.kind in (:establishments)", "establishments", ESTABLISHMENTS);
        if (!audience.includeClosed()) {
            c.add("o.status <> :closed", "closed", OrganisationStatus.CLOSED.name());
        }
        if (!audience.phases().isEmpty()) {
            c.add(
                    "o.phase in (:phases)",
                    "phases",
                    audience.phases().stream().map(Enum::name).toList());
        }
        if (!audience.kinds().isEmpty()) {
            c.add(
                    "o.kind in (:kinds)",
                    "kinds",
                    audience.kinds().stream().map(Enum::name).toList());
        }
        if (!audience.districts().isEmpty()) {
            c.add("o.district in (:districts)", "districts", List.copyOf(audience.districts()));
        }
        if (!audience.trusts().isEmpty()) {
            c.add("o.trust_id in (:trusts)", "trusts", List.copyOf(audience.trusts()));
        }
        if (!audience.clusters().isEmpty()) {
            c.add(
                    "exists (select 1 from cluster_members m where m.organisation_id = o.id and m.cluster_id in (:clusters))",
                    "clusters",
                    List.copyOf(audience.clusters()));
        }
        return c;
    }

    private static final class Criteria {
        final List<String> conditions = new ArrayList<>();
        final Map<String, Object> params = new HashMap<>();

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
        }

        String where() {
            return conditions.stream().collect(Collectors.joining(" and "));
        }
    }
}
