package uk.headsup.platform.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says in the start-up log which database this Heads Up is using. */
@Component
class DatabaseInUse {

    private static final Logger log = LoggerFactory.getLogger(DatabaseInUse.class);
    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedDatabase> embedded;

    DatabaseInUse(DataSource dataSource, ObjectProvider<EmbeddedDatabase> embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @EventListener(ApplicationStartedEvent.class)
    void report() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            EmbeddedDatabase server = embedded.getIfAvailable();
            String where = server == null
                    ? "external server " + meta.getURL() + " as " + meta.getUserName()
                    : "embedded server, data in " + server.directory() + ", port " + server.port();
            log.info("Database in use: PostgreSQL {} on the {}", meta.getDatabaseProductVersion(), where);
        }
    }
}
