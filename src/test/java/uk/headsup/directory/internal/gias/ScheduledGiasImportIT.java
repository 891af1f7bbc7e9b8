package uk.headsup.directory.internal.gias;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import uk.headsup.directory.internal.csvimport.ImportStatus;
import uk.headsup.platform.Authority;
import uk.headsup.support.HeadsUpIntegrationTest;

/** The scheduled import, on two nodes that wake at the same moment (their clocks a few seconds apart). */
@HeadsUpIntegrationTest
class ScheduledGiasImportIT {

    @Autowired
    GiasImport gias;

    @Autowired
    Authority authority;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @TempDir
    Path files;

    @AfterEach
    void removeImportedEstablishments() {
        jdbc.sql("delete from organisations where urn ~ '^1[0-5][0-9]{4}$'").update();
        jdbc.sql("delete from organisations where kind = 'ACADEMY_TRUST' and source = 'GIAS'")
                .update();
        jdbc.sql("delete from directory_imports").update();
        jdbc.sql("delete from directory_scheduled_imports").update();
    }

    @Test
    void onlyOneNodeImportsEachScheduledRun() throws Exception {
        Path file = files.resolve("edubasealldata.csv");
        try (InputStream in = GiasFileTest.fixture("edubasealldata-older.csv")) {
            Files.copy(in, file);
        }
        GiasSettings settings = new GiasSettings("0 0 6 * * *", file.toString(), DataSize.ofMegabytes(100));
        ScheduledGiasImport first = new ScheduledGiasImport(gias, settings, authority, jdbc, clock);
        ScheduledGiasImport second = new ScheduledGiasImport(gias, settings, authority, jdbc, clock);
        Instant six = Instant.parse("2031-03-03T06:00:00Z");

        GiasImportReport report = first.runIfClaimed(six.plusMillis(20));
        assertThat(second.runIfClaimed(six.minusSeconds(3)))
                .as("the other node's claim")
                .isNull();

        assertThat(report.status()).isEqualTo(ImportStatus.DONE);
        assertThat(report.startedBy()).isEqualTo("schedule");
        assertThat(report.added()).isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from directory_imports")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        GiasImportReport tomorrow = second.runIfClaimed(six.plusSeconds(86_400));
        assertThat(tomorrow.changedNothing()).isTrue();
    }

    @Test
    void withoutASourceThereIsNothingToImport() {
        GiasSettings settings = new GiasSettings("0 0 6 * * *", "", null);
        assertThat(new ScheduledGiasImport(gias, settings, authority, jdbc, clock).runIfClaimed(Instant.now()))
                .isNull();
        assertThat(jdbc.sql("select count(*) from directory_imports")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
