package uk.headsup.directory.internal.gias;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How GIAS files come in besides the command line.
 *
 * @param schedule a cron expression (Europe/London) for the scheduled import, or "-" for none (the default)
 * @param source the file path or http(s) URL the scheduled import reads
 * @param maxUploadSize the largest file the upload page accepts
 */
@ConfigurationProperties("headsup.gias")
public record GiasSettings(String schedule, String source, DataSize maxUploadSize) {

    public GiasSettings {
        schedule = schedule == null || schedule.isBlank() ? "-" : schedule.strip();
        source = source == null ? "" : source.strip();
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(100) : maxUploadSize;
    }

    boolean scheduled() {
        return !"-".equals(schedule);
    }
}
