package uk.headsup.events.internal.calendar.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.headsup.events.internal.calendar.CalendarEntries;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.PublicPages;
import uk.headsup.platform.format.CalendarFile;

/** The calendar feed of the public list of events ({@code planning/web/PublicEventsController}), for anyone. */
@Controller
@RequestMapping("/events")
class PublicCalendarController {

    static final String FEED = "/events/public.ics";

    private final Events events;
    private final CalendarEntries entries;
    private final Clock clock;

    PublicCalendarController(Events events, CalendarEntries entries, Clock clock) {
        this.events = events;
        this.entries = entries;
        this.clock = clock;
    }

    @GetMapping("/public.ics")
    ResponseEntity<byte[]> feed() {
        List<CalendarFile.Timed> all = new ArrayList<>();
        events.listedPublicly(clock.instant()).forEach(e -> all.addAll(entries.forEvent(e)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
                .body(CalendarFile.write(
                        entries.product(), "Events and training", CalendarFile.Method.PUBLISH, clock.instant(), all));
    }

    /** Lets visitors reach the feed. */
    @Component
    static class EventsPublicFeed implements PublicPages {

        @Override
        public List<String> publicPatterns() {
            return List.of(FEED);
        }
    }
}
