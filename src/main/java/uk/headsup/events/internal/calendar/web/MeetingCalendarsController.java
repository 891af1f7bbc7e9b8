package uk.headsup.events.internal.calendar.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.NewSeries;
import uk.headsup.events.internal.calendar.CalendarFeeds;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;

/** Events officers add and change calendars of meetings (such as the year's FAP panels), each with its meetings. */
@Controller
@RequestMapping("/events")
@PreAuthorize("hasAnyRole('EVENTS_OFFICER', 'ADMIN')")
class MeetingCalendarsController {

    private final Events events;
    private final EventPlanning planning;
    private final CalendarFeeds feeds;
    private final SeriesFormValidator seriesValidator;

    MeetingCalendarsController(
            SeriesFormValidator seriesValidator, Events events, EventPlanning planning, CalendarFeeds feeds) {
        this.seriesValidator = seriesValidator;
        this.events = events;
        this.planning = planning;
        this.feeds = feeds;
    }

    /** A tick box of the form: a role the meetings are for. */
    record Option(String value, String label, String description) {}

    @ModelAttribute("roleOptions")
    List<Option> roleOptions() {
        return Arrays.stream(OrganisationRole.values())
                .map(r -> new Option(r.name(), r.label(), null))
                .toList();
    }

    @GetMapping("/series/new")
    String newSeries(@ModelAttribute("form") SeriesForm form) {
        return "events/series-new";
    }

    @PostMapping("/series/new")
    String addSeries(@ModelAttribute("form") SeriesForm form, BindingResult errors, RedirectAttributes redirect) {
        NewSeries series = seriesValidator.check(form, errors);
        if (series == null) {
            return "events/series-new";
        }
        planning.addSeries(series);
        redirect.addFlashAttribute(
                "success",
                series.title() + " " + series.academicYear()
                        + " is published. Add its meetings with Add an event, choosing it as their calendar.");
        return "redirect:/events";
    }

    /** The calendars of meetings, each with its meetings, to change or add to. */
    @GetMapping("/series")
    String calendars(Model model) {
        model.addAttribute("calendars", feeds.series());
        Map<Long, List<Event>> meetings = new LinkedHashMap<>();
        feeds.series().forEach(s -> meetings.put(s.id(), events.inSeries(s.id())));
        model.addAttribute("meetings", meetings);
        return "events/series";
    }

    @GetMapping("/series/{id}/edit")
    String editSeries(@PathVariable long id, Model model) {
        CalendarFeeds.Series series = calendar(id);
        model.addAttribute("form", SeriesForm.of(series));
        model.addAttribute("calendar", series);
        return "events/series-new";
    }

    @PostMapping("/series/{id}/edit")
    String changeSeries(
            @PathVariable long id,
            @ModelAttribute("form") SeriesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CalendarFeeds.Series current = calendar(id);
        NewSeries series = seriesValidator.check(form, errors);
        if (series == null) {
            model.addAttribute("calendar", current);
            return "events/series-new";
        }
        feeds.change(id, series);
        redirect.addFlashAttribute(
                "success",
                series.title() + " " + series.academicYear() + " is changed, and so are its subscribers' calendars");
        return "redirect:/events/series";
    }

    private CalendarFeeds.Series calendar(long id) {
        return feeds.series(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
