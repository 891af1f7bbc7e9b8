package uk.headsup.platform.database;

/** The production profile must never run on the embedded database. */
class EmbeddedDatabaseRefusedException extends IllegalStateException {
    EmbeddedDatabaseRefusedException() {
        super("The production profile refuses the embedded database: set SPRING_DATASOURCE_URL");
    }
}
