package uk.headsup.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.directory.Organisations;
import uk.headsup.directory.Phase;

@Service
@Transactional(readOnly = true)
class JdbcOrganisations implements Organisations {

    private static final String SELECT = "select id, kind, name, phase, district, trust_id, status from organisations ";

    private final JdbcClient jdbc;

    JdbcOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrganisationProfile> organisation(long id) {
        return jdbc.sql(SELECT + "where id = :id")
                .param("id", id)
                .query(this::facts)
                .optional();
    }

    @Override
    public List<OrganisationProfile> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where id in (:ids) order by name")
                .param("ids", ids)
                .query(this::facts)
                .list();
    }

    @Override
    public List<OrganisationProfile> openSchoolsIn(String district) {
        return jdbc.sql(SELECT + "where kind = :school and status <> :closed and district = :district order by name")
                .param("school", OrganisationKind.SCHOOL.name())
                .param("closed", OrganisationStatus.CLOSED.name())
                .param("district", district)
                .query(this::facts)
                .list();
    }

    private OrganisationProfile facts(ResultSet rs, int row) throws SQLException {
        String phase = rs.getString("phase");
        long trust = rs.getLong("trust_id");
        Long trustId = rs.wasNull() ? null : trust;
        return new OrganisationProfile(
                rs.getLong("id"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                phase == null ? null : Phase.valueOf(phase),
                rs.getString("district"),
                trustId,
                !OrganisationStatus.valueOf(rs.getString("status")).isClosed());
    }
}
