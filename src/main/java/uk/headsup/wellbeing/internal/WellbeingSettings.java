package uk.headsup.wellbeing.internal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Wellbeing's settings.
 *
 * @param retention how long a closed or withdrawn request is kept before it is deleted, content and identity
 *     ({@code headsup.wellbeing.retention}, default 12 months)
 * @param retentionSchedule when the deletion runs (cron, UK time; it also runs at start-up)
 */
@ConfigurationProperties("headsup.wellbeing")
public record WellbeingSettings(
        @DefaultValue("P12M") Period retention,
        @DefaultValue("0 15 2 * * *") String retentionSchedule) {

    /** "12 months", as the privacy notice says it. */
    public String retentionText() {
        long months = retention.toTotalMonths();
        if (months > 0 && retention.getDays() == 0) {
            return months % 12 == 0 && months >= 24
                    ? months / 12 + " years"
                    : months + (months == 1 ? " month" : " months");
        }
        return retention.getDays() + (retention.getDays() == 1 ? " day" : " days");
    }
}
