package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's decisions; the launch itself is in PackagedJarIT. */
class FastStartTest {

    @TempDir
    Path directory;

    @Test
    void leavesTheJvmAsStartedWhenTheOperatorChoseAnArchiveOrAnAgent() {
        assertThat(FastStart.decidesItself("-XX:SharedArchiveFile=app/headsup.jsa"))
                .isTrue();
        assertThat(FastStart.decidesItself("-XX:AOTCache=app/headsup.aot")).isTrue();
        assertThat(FastStart.decidesItself("-Xshare:off")).isTrue();
        assertThat(FastStart.decidesItself("-agentlib:jdwp=transport=dt_socket,server=y"))
                .isTrue();
        assertThat(FastStart.decidesItself("-javaagent:otel.jar")).isTrue();
        assertThat(FastStart.decidesItself("-XX:StartFlightRecording=filename=start.jfr"))
                .isTrue();
        assertThat(FastStart.decidesItself("-Xmx512m")).isFalse();
        assertThat(FastStart.decidesItself("-Dheadsup.base-url=https://example"))
                .isFalse();
    }

    @Test
    void anArchiveBelongsToOneBuildOfTheJar() throws Exception {
        Path jar = Files.writeString(directory.resolve("headsup.jar"), "one build");
        String first = FastStart.key(jar);
        assertThat(FastStart.key(jar)).isEqualTo(first);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(FastStart.key(jar)).as("a rebuilt jar").isNotEqualTo(first);
    }

    @Test
    void keepsItsFilesBesideTheJar() throws Exception {
        Path jar = Files.writeString(directory.resolve("headsup.jar"), "a jar");
        assertThat(FastStart.home(jar)).isEqualTo(directory.resolve("headsup-start"));
    }

    @Test
    void aTestJvmIsNoBootJar() {
        assertThat(FastStart.bootJar()).isEmpty();
    }
}
