package uk.headsup.inclusion.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inclusion module's settings.
 *
 * @param retentionAge a pupil's records are deleted on this birthday (default 25)
 * @param retentionCron when the retention job runs (default 02:30 every day)
 */
@ConfigurationProperties("headsup.inclusion")
public record InclusionSettings(
        @DefaultValue("25") int retentionAge,
        @DefaultValue("0 30 2 * * *") String retentionCron) {}
