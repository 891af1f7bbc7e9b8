package uk.headsup.events.internal.planning.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.headsup.events.EventType;
import uk.headsup.events.internal.calendar.CalendarEntries;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.PublicPages;
import uk.headsup.platform.format.CalendarFile;

/**
 * What is on, for anyone: the coming events and training that are booked through Heads Up, with a calendar feed
 * of them. No sign-in to look; booking asks the person to sign in, then checks the event is for them. Meetings of
 * a calendar (panels) are not listed: they are for their audience only.
 */
@Controller
@RequestMapping("/events")
class PublicEventsController {

    static final String PAGE = "/events/public";
    static final String FEED = "/events/public.ics";

    private final Events events;
    private final CalendarEntries entries;
    private final Clock clock;

    PublicEventsController(Events events, CalendarEntries entries, Clock clock) {
        this.events = events;
        this.entries = entries;
        this.clock = clock;
    }

    @GetMapping("/public")
    String list(Model model) {
        Instant now = clock.instant();
        model.addAttribute("events", coming(now));
        model.addAttribute("now", now);
        model.addAttribute("feed", FEED);
        return "events/public";
    }

    @GetMapping("/public.ics")
    ResponseEntity<byte[]> feed() {
        List<CalendarFile.Timed> all = new ArrayList<>();
        coming(clock.instant()).forEach(e -> all.addAll(entries.forEvent(e)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
                .body(CalendarFile.write(
                        entries.product(), "Events and training", CalendarFile.Method.PUBLISH, clock.instant(), all));
    }

    private List<Event> coming(Instant now) {
        return events.between(now, now.plus(Duration.ofDays(400))).stream()
                .filter(e -> e.bookable() && e.seriesId() == null && e.type() != EventType.STATUTORY_MEETING)
                .toList();
    }

    /** Lets visitors reach the list and its feed. */
    @Component
    static class EventsPublicPages implements PublicPages {

        @Override
        public List<String> publicPatterns() {
            return List.of(PAGE, FEED);
        }
    }
}
