package uk.headsup.directory.internal.gias;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.headsup.directory.internal.csvimport.ImportKind;
import uk.headsup.platform.Authority;

/**
 * Imports {@code headsup.gias.source} on the cron schedule {@code headsup.gias.schedule} (off by default). With several
 * nodes, every node wakes, and the one that first records the run's time slot in the database does the import.
 */
@Component
class ScheduledGiasImport {

    private static final Logger log = LoggerFactory.getLogger(ScheduledGiasImport.class);

    private final GiasImport gias;
    private final GiasSettings settings;
    private final Authority authority;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    ScheduledGiasImport(GiasImport gias, GiasSettings settings, Authority authority, JdbcClient jdbc, Clock clock) {
        this.gias = gias;
        this.settings = settings;
        this.authority = authority;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${headsup.gias.schedule:-}", zone = "Europe/London")
    void importOnSchedule() {
        runIfClaimed(clock.instant());
    }

    /**
     * Runs the import of the slot {@code firedAt} belongs to (the nearest minute, so that nodes whose clocks differ by
     * a few seconds agree), unless another node has claimed it. Returns the report, or null if not run here.
     */
    GiasImportReport runIfClaimed(Instant firedAt) {
        if (settings.source().isEmpty()) {
            log.warn("headsup.gias.schedule is set but headsup.gias.source is not: no GIAS file to import");
            return null;
        }
        Instant slot = firedAt.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
        int claimed = jdbc.sql("""
                        insert into directory_scheduled_imports (kind, slot, claimed_by) values (:gias, :slot, :node)
                        on conflict do nothing
                        """)
                .param("gias", ImportKind.GIAS.name())
                .param("slot", Timestamp.from(slot))
                .param("node", node)
                .update();
        if (claimed == 0) {
            log.info("The scheduled GIAS import of {} is another node's", slot);
            return null;
        }
        return gias.run(GiasSource.location(settings.source()), "schedule", LocalAuthorities.of(authority.laCodes()));
    }
}
