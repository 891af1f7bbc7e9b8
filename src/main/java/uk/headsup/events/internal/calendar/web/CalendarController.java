package uk.headsup.events.internal.calendar.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.bookings.web.Viewer;
import uk.headsup.events.internal.calendar.CalendarFeeds;
import uk.headsup.platform.Site;

/** Subscribing to calendars: your bookings, or a calendar of meetings; and the feeds calendar programs fetch. */
@Controller
@RequestMapping("/events")
class CalendarController {

    static final String FEEDS = "/events/feeds/";

    private final CalendarFeeds feeds;
    private final StaffLookup staff;
    private final Site site;

    CalendarController(CalendarFeeds feeds, StaffLookup staff, Site site) {
        this.feeds = feeds;
        this.staff = staff;
        this.site = site;
    }

    /** A calendar of meetings the viewer may follow. */
    record Followable(CalendarFeeds.Series series, boolean following) {}

    @GetMapping("/calendars")
    String calendars(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        var mine = feeds.of(viewer.email());
        model.addAttribute("feeds", mine);
        model.addAttribute(
                "series",
                feeds.series().stream()
                        .filter(s -> feeds.mayFollow(s, viewer.email(), viewer.authorityStaff()))
                        .map(s -> new Followable(
                                s, mine.stream().anyMatch(f -> f.seriesId() != null && f.seriesId() == s.id())))
                        .toList());
        model.addAttribute("followsBookings", mine.stream().anyMatch(f -> f.seriesId() == null));
        return "events/calendars";
    }

    @PostMapping("/calendars")
    String subscribe(
            @RequestParam(required = false) Long series,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        String name = "Your bookings";
        if (series != null) {
            CalendarFeeds.Series s = feeds.series(series)
                    .filter(found -> feeds.mayFollow(found, viewer.email(), viewer.authorityStaff()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            name = s.title() + " (" + s.academicYear() + ")";
        }
        String token = feeds.create(viewer.email(), viewer.authorityStaff(), series);
        redirect.addFlashAttribute("newFeedName", name);
        redirect.addFlashAttribute("newFeedUrl", site.link(FEEDS + token + ".ics"));
        return "redirect:/events/calendars";
    }

    @PostMapping("/calendars/{id}/revoke")
    String revoke(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        if (!feeds.revoke(id, authentication.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute(
                "success", "That calendar address no longer works. Calendars that used it stop updating.");
        return "redirect:/events/calendars";
    }

    /** What Outlook, Google or Apple Calendar fetch; public, as they cannot sign in: the token is the key. */
    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.calendar(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                        .cacheControl(CacheControl.noStore())
                        .body(body))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
