package uk.headsup.platform.database;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The schema's migrations, run once the data source (embedded or external) is there: {@link SchemaMigrations}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FlywayProperties.class)
class SchemaMigrationsConfiguration {

    @Bean
    SchemaMigrations schemaMigrations(DataSource dataSource, FlywayProperties settings, ResourceLoader resources) {
        return new SchemaMigrations(dataSource, settings, resources.getClassLoader());
    }
}
