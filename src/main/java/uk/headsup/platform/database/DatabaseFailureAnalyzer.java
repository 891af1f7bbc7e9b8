package uk.headsup.platform.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached (wrong URL, host, database name or password) into a start-up
 * message that names the setting to correct, instead of a stack trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private static final String SETTINGS = "SPRING_DATASOURCE_URL (spring.datasource.url), SPRING_DATASOURCE_USERNAME"
            + " and SPRING_DATASOURCE_PASSWORD";
    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbeddedDatabaseRefusedException) {
                return new FailureAnalysis(
                        "The production profile refuses to run on the embedded database.",
                        "Give the address of your PostgreSQL server in SPRING_DATASOURCE_URL (spring.datasource.url),"
                                + " for example jdbc:postgresql://db.example:5432/headsup, with"
                                + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
                        cause);
            }
            if (cause instanceof SQLException sql && isConnectionProblem(sql)) {
                return connectionFailure(sql.getMessage(), cause);
            }
            String message = cause.getMessage();
            if (message != null && message.contains("Failed to get driver instance for jdbcUrl")) {
                return connectionFailure("it is not a PostgreSQL JDBC URL", cause);
            }
        }
        return null;
    }

    private FailureAnalysis connectionFailure(String reason, Throwable cause) {
        String url = environment.getProperty("spring.datasource.url", "(the embedded database)");
        return new FailureAnalysis(
                "Heads Up could not use the database given by spring.datasource.url = " + url + ": " + reason,
                "Check " + SETTINGS + ". A PostgreSQL URL looks like jdbc:postgresql://host:5432/database."
                        + " Leave SPRING_DATASOURCE_URL unset to use the embedded database.",
                cause);
    }

    private static boolean isConnectionProblem(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000"));
    }
}
