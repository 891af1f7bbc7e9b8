package uk.headsup.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.bulletins.BulletinRecords;
import uk.headsup.events.EventCards;

/**
 * Loads the demo county's bulletins after its events, so that articles inviting readers to an event send them to
 * its booking page (and "What needs your attention" sees the booking), as an editor would link them.
 */
@Component
class DemoBulletinsLoader implements SmartLifecycle {

    private final DemoCounty county;
    private final BulletinRecords bulletins;
    private final EventCards events;
    private final Clock clock;
    private volatile boolean loaded;

    DemoBulletinsLoader(
            DemoCounty county, DemoEvents demoEvents, BulletinRecords bulletins, EventCards events, Clock clock) {
        this.county = county;
        this.bulletins = bulletins;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void start() {
        loaded = true;
        if (!county.enabled() || county.authorityPosts().isEmpty() || bulletins.hasEditions()) {
            return;
        }
        DemoBulletins.load(
                bulletins,
                county.authorityPosts(),
                events.bookableSoon(),
                LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London")));
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return loaded;
    }

    /** After the county (its posts) and its events. */
    @Override
    public int getPhase() {
        return DemoCounty.PHASE + 2;
    }
}
