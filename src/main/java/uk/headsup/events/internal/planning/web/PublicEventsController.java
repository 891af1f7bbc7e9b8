package uk.headsup.events.internal.planning.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.PublicPages;

/**
 * What is on, for anyone: the coming events and training that are booked through Heads Up ({@link
 * Events#listedPublicly}), with a link to their calendar feed ({@code calendar/web/PublicCalendarController}). No
 * sign-in to look; booking asks the person to sign in, then checks the event is for them. Meetings of a calendar
 * (panels) are not listed: they are for their audience only.
 */
@Controller
@RequestMapping("/events")
class PublicEventsController {

    static final String PAGE = "/events/public";
    static final String FEED = "/events/public.ics";

    private final Events events;
    private final Clock clock;

    PublicEventsController(Events events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/public")
    String list(Model model) {
        Instant now = clock.instant();
        model.addAttribute("events", events.listedPublicly(now));
        model.addAttribute("now", now);
        model.addAttribute("feed", FEED);
        return "events/public";
    }

    /** Lets visitors reach the list. */
    @Component
    static class EventsPublicPages implements PublicPages {

        @Override
        public List<String> publicPatterns() {
            return List.of(PAGE);
        }
    }
}
