package uk.headsup.directory.internal.gias;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.headsup.support.RunningJar;

/** {@code java -jar headsup.jar import-gias FILE --la CODE}, as an operator runs it. */
class GiasImportCommandIT {

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void importsPrintsTheReportAndExitsWithoutStartingTheWebServer() throws Exception {
        Map<String, String> env = Map.of("HEADSUP_DATA_DIR", data.toString(), "HEADSUP_LA_CODES", "999");

        try (RunningJar jar = RunningJar.start(env, "import-gias", copy("edubasealldata-older.csv"), "--la", "937")) {
            assertThat(jar.awaitExit()).as(jar.output()).isZero();
            assertThat(jar.output())
                    .contains("GIAS import of edubasealldata-older.csv: 8 added, 0 updated, 0 closed, 0 unchanged,"
                            + " 0 rejected.")
                    .contains("2 of other local authorities left out (kept: 937)")
                    .doesNotContain("Tomcat");
        }

        try (RunningJar jar = RunningJar.start(env, "import-gias", copy("bad-rows.csv"), "--la=937")) {
            assertThat(jar.awaitExit()).as(jar.output()).isZero();
            assertThat(jar.output())
                    .contains("3 rejected")
                    .contains("Rejected rows:")
                    .contains("line 3 (URN 150002): column 12 (OpenDate) \"31-02-2019\" is not a date in the form"
                            + " dd-MM-yyyy")
                    .contains("line 5 (URN 150004): it has 43 fields where the header has 45 columns");
        }

        try (RunningJar jar = RunningJar.start(env, "import-gias", copy("missing-columns.csv"))) {
            assertThat(jar.awaitExit()).as(jar.output()).isEqualTo(1);
            assertThat(jar.output())
                    .contains("GIAS import of missing-columns.csv refused: The file has no LA (code) or"
                            + " EstablishmentStatus (name) columns.");
        }
    }

    private String copy(String fixture) throws IOException {
        Path file = files.resolve(fixture);
        try (InputStream in = GiasFileTest.fixture(fixture)) {
            Files.copy(in, file);
        }
        return file.toString();
    }
}
