package uk.headsup.platform.database;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link SchemaMigrations} initializes the database, so that the beans that use it (JDBC
 * templates, Spring Session, the event publication registry) are created after it, as they were after Boot's own
 * Flyway initializer. Registered in {@code META-INF/spring.factories}.
 */
class SchemaMigrationsDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemaMigrations.class);
    }
}
