package uk.headsup.wellbeing.internal.requests;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.wellbeing.internal.WellbeingSettings;

/**
 * Deletes closed and withdrawn requests, content and identity, once they ended longer ago than
 * {@code headsup.wellbeing.retention} (12 months unless set): every night and at start-up. What remains is the
 * anonymous uptake count and the access log's request numbers.
 */
@Component("wellbeingRetention")
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final RequestDesk desk;
    private final WellbeingSettings settings;
    private final Clock clock;

    Retention(RequestDesk desk, WellbeingSettings settings, Clock clock) {
        this.desk = desk;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        run();
    }

    @Scheduled(cron = "${headsup.wellbeing.retention-schedule:0 15 2 * * *}", zone = "Europe/London")
    @Transactional
    public int run() {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), UK);
        int deleted = desk.deleteEndedBefore(now.minus(settings.retention()).toInstant());
        if (deleted > 0) {
            log.info("Deleted {} wellbeing requests that ended more than {} ago", deleted, settings.retentionText());
        }
        return deleted;
    }
}
