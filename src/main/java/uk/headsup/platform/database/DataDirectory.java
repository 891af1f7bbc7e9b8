package uk.headsup.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where Heads Up keeps what it stores on disk ({@code HEADSUP_DATA_DIR}, default {@code ./data}). */
@ConfigurationProperties("headsup")
record DataDirectory(@DefaultValue("./data") Path dataDir) {
    Path path() {
        return dataDir.toAbsolutePath().normalize();
    }
}
