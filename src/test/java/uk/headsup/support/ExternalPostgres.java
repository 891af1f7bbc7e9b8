package uk.headsup.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server named by {@code HEADSUP_TEST_EXTERNAL_DB_URL} (.ci/run sets it), for tests that prove the
 * external-database path or need several application nodes on one database. Each test works in a schema of its own,
 * made afresh. Extensions belong to the whole database, so they live in {@code public}, never in a test's schema
 * (dropping that schema would take the extension, and every other schema's indexes on it, with it).
 */
public final class ExternalPostgres {

    private ExternalPostgres() {}

    /**
     * A JDBC URL for a fresh, empty schema of this name on the external server, with {@code public} (where the
     * extensions are) behind it on the search path. Under {@code CI=true} a missing server is a failure, elsewhere
     * the test is skipped.
     */
    public static String freshSchema(String schema) {
        String url = System.getenv("HEADSUP_TEST_EXTERNAL_DB_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "CI must prove the external-database path: set HEADSUP_TEST_EXTERNAL_DB_URL");
            }
            Assumptions.abort(
                    "HEADSUP_TEST_EXTERNAL_DB_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
        }
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            for (String extension : new String[] {"pg_trgm", "btree_gin"}) {
                s.execute("create extension if not exists " + extension + " schema public");
                s.execute("alter extension " + extension + " set schema public"); // where an earlier run left it
            }
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare schema " + schema + " on " + url, e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }
}
