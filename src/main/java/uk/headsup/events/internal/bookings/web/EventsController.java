package uk.headsup.events.internal.bookings.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.events.EventType;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.bookings.AttendeeVisibility;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.EventCancellations;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.UkTime;

/** Events as a list or a month's calendar, filtered by type; and one event's page. */
@Controller
@RequestMapping("/events")
class EventsController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Events events;
    private final Bookings bookings;
    private final StaffLookup staff;
    private final Clock clock;

    private final EventCancellations cancellations;
    private final AttendeeVisibility visibility;

    EventsController(
            Events events,
            Bookings bookings,
            StaffLookup staff,
            Clock clock,
            EventCancellations cancellations,
            AttendeeVisibility visibility) {
        this.visibility = visibility;
        this.cancellations = cancellations;
        this.events = events;
        this.bookings = bookings;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "list") String view,
            @RequestParam(defaultValue = "") String month,
            Authentication authentication,
            Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        EventType chosen = parseType(type);
        Instant now = clock.instant();
        YearMonth shown = parseMonth(month, now);
        boolean calendar = view.equals("calendar");
        Instant from = calendar ? shown.atDay(1).atStartOfDay(UkTime.UK).toInstant() : now;
        Instant until = calendar
                ? shown.plusMonths(1).atDay(1).atStartOfDay(UkTime.UK).toInstant()
                : now.plus(Duration.ofDays(400));
        List<Event> found = events.between(from, until).stream()
                .filter(e -> chosen == null || e.type() == chosen)
                .filter(e -> Visibility.maySee(viewer, e, staff))
                .toList();
        Map<String, String> types = new LinkedHashMap<>();
        types.put("", "All events");
        for (EventType t : EventType.values()) {
            types.put(t.name(), t.label());
        }
        model.addAttribute("types", types);
        model.addAttribute("type", chosen == null ? "" : chosen.name());
        model.addAttribute("view", calendar ? "calendar" : "list");
        model.addAttribute("events", found);
        model.addAttribute("now", now);
        model.addAttribute("viewer", viewer);
        model.addAttribute("drafts", viewer.eventsOfficer() ? events.drafts() : List.of());
        if (calendar) {
            model.addAttribute("month", shown.toString());
            model.addAttribute("monthName", MONTH.format(shown));
            model.addAttribute("previousMonth", shown.minusMonths(1).toString());
            model.addAttribute("nextMonth", shown.plusMonths(1).toString());
            model.addAttribute("weeks", weeks(shown, found));
        }
        return "events/list";
    }

    @GetMapping("/{id}")
    String event(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        Event event = events.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!Visibility.maySee(viewer, event, staff)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Instant now = clock.instant();
        model.addAttribute("event", event);
        model.addAttribute("viewer", viewer);
        model.addAttribute("open", event.bookingOpen(now));
        model.addAttribute("now", now);
        model.addAttribute("mine", bookings.liveAt(id, viewer.email()).orElse(null));
        boolean confidential = visibility.confidential(id);
        model.addAttribute("attendeesConfidential", confidential);
        model.addAttribute(
                "mayBook",
                Visibility.mayBook(viewer, event, staff)
                        && !(confidential && viewer.staff().isEmpty()));
        model.addAttribute("cancellation", cancellations.of(id).orElse(null));
        return "events/event";
    }

    @GetMapping("/problem")
    String problem(Model model) {
        if (!model.containsAttribute("problem")) {
            return "redirect:/events/bookings";
        }
        return "events/problem";
    }

    /** A day of the month's calendar, with the events that run that day (null days pad the first and last week). */
    record Day(LocalDate date, List<Event> events, boolean today) {}

    private List<List<Day>> weeks(YearMonth month, List<Event> found) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.UK);
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            List<Event> on = found.stream()
                    .filter(e -> e.sessions().stream()
                            .anyMatch(s -> !UkTime.uk(s.startsAt())
                                            .toLocalDate()
                                            .isAfter(day)
                                    && !UkTime.uk(s.endsAt()).toLocalDate().isBefore(day)))
                    .toList();
            week.add(YearMonth.from(d).equals(month) ? new Day(d, on, d.equals(today)) : null);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return weeks;
    }

    private static EventType parseType(String type) {
        try {
            return type.isBlank() ? null : EventType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static YearMonth parseMonth(String month, Instant now) {
        try {
            return month.isBlank() ? YearMonth.from(UkTime.uk(now)) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return YearMonth.from(UkTime.uk(now));
        }
    }
}
