package uk.headsup.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultLifecycleProcessor;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import uk.headsup.platform.EarlyStart;

/**
 * With no {@code spring.datasource.url}, Heads Up runs its own PostgreSQL under the data directory. The
 * data source depends on the server, so on shutdown the pool closes first and the server stops last.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrl.class)
@EnableConfigurationProperties(DataDirectory.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(Environment environment, DataDirectory dataDirectory) throws IOException {
        if (environment.acceptsProfiles(Profiles.of("production"))) {
            throw new EmbeddedDatabaseRefusedException();
        }
        Path postgresDir = dataDirectory.path().resolve("postgres");
        Files.createDirectories(postgresDir);
        EmbeddedDatabase database = EarlyStart.take(postgresDir);
        if (exitsOnRefresh()) {
            database.stopWhenThisJvmEnds();
        }
        return database;
    }

    /** Spring ends such a run with {@code Runtime.halt} once the context is refreshed, closing nothing. */
    private static boolean exitsOnRefresh() {
        return DefaultLifecycleProcessor.ON_REFRESH_VALUE.equalsIgnoreCase(
                SpringProperties.getProperty(DefaultLifecycleProcessor.EXIT_PROPERTY_NAME));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("headsup-embedded");
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(EmbeddedDatabase.USER);
        pool.setMaximumPoolSize(20);
        pool.setMinimumIdle(2);
        return pool;
    }
}
