package uk.headsup.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseTest {

    @TempDir
    Path directory;

    @Test
    void aPidFileWhoseProcessIsGoneIsRemoved() throws Exception {
        Path pidFile = directory.resolve("postmaster.pid");
        Files.writeString(pidFile, "2147483000\n" + directory + "\n");
        EmbeddedDatabase.stopOrphanedServer(directory);
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aPidFileNamingAnotherProgramIsRemovedWithoutTouchingThatProgram() throws Exception {
        Path pidFile = directory.resolve("postmaster.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        EmbeddedDatabase.stopOrphanedServer(directory);
        assertThat(pidFile).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void anUnreachableServerIsReportedWithTheSettingToCorrect() {
        var environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.invalid/headsup");
        FailureAnalysis analysis = new DatabaseFailureAnalyzer(environment)
                .analyze(new RuntimeException("Flyway failed", new SQLException("Connection refused", "08001")));
        assertThat(analysis.getDescription()).contains("spring.datasource.url = jdbc:postgresql://db.invalid/headsup");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void theProductionRefusalSaysWhatToSet() {
        FailureAnalysis analysis =
                new DatabaseFailureAnalyzer(new MockEnvironment()).analyze(new EmbeddedDatabaseRefusedException());
        assertThat(analysis.getDescription()).contains("production profile");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(new DatabaseFailureAnalyzer(new MockEnvironment())
                        .analyze(new IllegalStateException("something else")))
                .isNull();
    }
}
