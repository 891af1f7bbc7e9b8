package uk.headsup.directory.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.OrganisationKind;

/** Clusters and consortia: groups of schools and settings that the authority defines. */
@Service
@Transactional
public class Clusters {

    private final JdbcClient jdbc;

    Clusters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from organisations where kind = :cluster and lower(name) = lower(:n))")
                .param("cluster", OrganisationKind.CLUSTER.name())
                .param("n", name.trim())
                .query(Boolean.class)
                .single();
    }

    public long create(String name) {
        return jdbc.sql("insert into organisations (kind, name, source) values (:cluster, :n, :authority) returning id")
                .param("cluster", OrganisationKind.CLUSTER.name())
                .param("authority", OrganisationSource.AUTHORITY.name())
                .param("n", name.trim())
                .query(Long.class)
                .single();
    }

    /** The school or setting with this URN, if there is one that can join a cluster. */
    public Optional<Long> establishment(String urn) {
        return jdbc.sql("select id from organisations where urn = :urn and kind in (:kinds)")
                .param("urn", urn.trim())
                .param("kinds", Audiences.ESTABLISHMENTS)
                .query(Long.class)
                .optional();
    }

    /** Adds a member; false if it was one already. */
    public boolean add(long clusterId, long organisationId) {
        return jdbc.sql(
                                "insert into cluster_members (cluster_id, organisation_id) values (:c, :o) on conflict do nothing")
                        .param("c", clusterId)
                        .param("o", organisationId)
                        .update()
                > 0;
    }

    public void remove(long clusterId, long organisationId) {
        jdbc.sql("delete from cluster_members where cluster_id = :c and organisation_id = :o")
                .param("c", clusterId)
                .param("o", organisationId)
                .update();
    }
}
