package uk.headsup.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * A start skips Flyway only when the history table records exactly the application's scripts with Flyway's own
 * checksums: checked against the history Flyway wrote when this context started, and copies of it changed.
 */
@HeadsUpIntegrationTest
class SchemaMigrationsIT {

    private static final String COPY = "schema_migrations_it_history";

    @Autowired
    SchemaMigrations migrations;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void dropCopy() {
        jdbc.sql("drop table if exists " + COPY).update();
    }

    @Test
    void theSchemaFlywayMigratedIsCurrentSoTheNextStartBuildsNoFlyway() {
        assertThat(migrations.isCurrent()).isTrue();
        copyHistory();
        assertThat(checkAgainstCopy()).isTrue();
    }

    @Test
    void aChangedChecksumGoesToFlyway() {
        copyHistory();
        jdbc.sql("update " + COPY + " set checksum = checksum + 1 where installed_rank = "
                        + "(select max(installed_rank) from " + COPY + " where type = 'SQL')")
                .update();
        assertThat(checkAgainstCopy()).isFalse();
    }

    @Test
    void aScriptNotYetAppliedGoesToFlyway() {
        copyHistory();
        jdbc.sql("delete from " + COPY + " where installed_rank = (select max(installed_rank) from " + COPY
                        + " where type = 'SQL')")
                .update();
        assertThat(checkAgainstCopy()).isFalse();
    }

    @Test
    void aFailedOrUnknownMigrationGoesToFlyway() {
        copyHistory();
        jdbc.sql("update " + COPY + " set success = false where installed_rank = (select max(installed_rank) from "
                        + COPY + " where type = 'SQL')")
                .update();
        assertThat(checkAgainstCopy()).isFalse();

        copyHistory();
        jdbc.sql("insert into " + COPY + " (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) select max(installed_rank) + 1, '99.1',"
                        + " 'gone', 'SQL', 'gone/V99_1__gone.sql', 1, 'test', 0, true from " + COPY)
                .update();
        assertThat(checkAgainstCopy()).isFalse();
    }

    @Test
    void noHistoryTableGoesToFlyway() {
        assertThat(checkAgainstCopy()).isFalse();
    }

    private void copyHistory() {
        jdbc.sql("drop table if exists " + COPY).update();
        jdbc.sql("create table " + COPY + " as select * from flyway_schema_history")
                .update();
    }

    private boolean checkAgainstCopy() {
        FlywayProperties settings = new FlywayProperties();
        settings.setLocations(List.of("classpath:db/migration"));
        settings.setTable(COPY);
        return new SchemaMigrations(dataSource, settings, getClass().getClassLoader()).isCurrent();
    }
}
