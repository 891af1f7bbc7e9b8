package uk.headsup.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;
import uk.headsup.platform.EarlyStart;

class EarlyStartTest {

    @Test
    void startsTheServerWhereTheConfigurationWouldLookForIt() {
        // HEADSUP_DATA_DIR in the environment, as an operator sets it
        MockEnvironment environment = new MockEnvironment();
        environment
                .getPropertySources()
                .addLast(
                        new SystemEnvironmentPropertySource("env", Map.of("HEADSUP_DATA_DIR", "/srv/headsup/../data")));
        DataDirectory bound = Binder.get(environment)
                .bind("headsup", DataDirectory.class)
                .orElseGet(() -> new DataDirectory(Path.of("./data")));

        assertThat(EarlyStart.postgresDirectory(environment))
                .isEqualTo(bound.path().resolve("postgres"))
                .isEqualTo(Path.of("/srv/data/postgres"));
    }

    @Test
    void withNoSettingTheDataDirectoryIsBesideTheWorkingDirectory() {
        assertThat(EarlyStart.postgresDirectory(new MockEnvironment()))
                .isEqualTo(Path.of("./data").toAbsolutePath().normalize().resolve("postgres"));
    }
}
