package uk.headsup.events.internal.planning.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.EventType;
import uk.headsup.events.NewEvent;
import uk.headsup.events.NewSeries;
import uk.headsup.events.Vat;
import uk.headsup.events.internal.bookings.Attendance;
import uk.headsup.events.internal.bookings.AttendeeVisibility;
import uk.headsup.events.internal.bookings.BookingDesk;
import uk.headsup.events.internal.bookings.BookingRefused;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.PlaceStatus;
import uk.headsup.events.internal.bookings.Reminders;
import uk.headsup.events.internal.bookings.web.PlacesController;
import uk.headsup.events.internal.calendar.CalendarFeeds;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.EventCancellations;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.events.internal.register.Register;
import uk.headsup.platform.format.CsvWriter;

/** Events officers add and change events, manage places and the waiting list, keep the register and nudge. */
@Controller
@RequestMapping("/events")
@PreAuthorize("hasAnyRole('EVENTS_OFFICER', 'ADMIN')")
class EventAdminController {

    private final Events events;
    private final Bookings bookings;
    private final BookingDesk desk;
    private final Register register;
    private final Reminders reminders;
    private final JdbcClient jdbc;
    private final EventPlanning planning;
    private final CalendarFeeds feeds;
    private final EventCancellations cancellations;
    private final AttendeeVisibility visibility;
    private final EventFormValidator validator;
    private final SeriesFormValidator seriesValidator;

    EventAdminController(
            EventFormValidator validator,
            SeriesFormValidator seriesValidator,
            AttendeeVisibility visibility,
            EventCancellations cancellations,
            Events events,
            Bookings bookings,
            BookingDesk desk,
            Register register,
            Reminders reminders,
            JdbcClient jdbc,
            EventPlanning planning,
            CalendarFeeds feeds) {
        this.validator = validator;
        this.seriesValidator = seriesValidator;
        this.visibility = visibility;
        this.cancellations = cancellations;
        this.planning = planning;
        this.feeds = feeds;
        this.events = events;
        this.bookings = bookings;
        this.desk = desk;
        this.register = register;
        this.reminders = reminders;
        this.jdbc = jdbc;
    }

    @ModelAttribute("typeOptions")
    Map<String, String> typeOptions() {
        Map<String, String> o = new LinkedHashMap<>();
        for (EventType t : EventType.values()) {
            o.put(t.name(), t.label());
        }
        return o;
    }

    @ModelAttribute("vatOptions")
    Map<String, String> vatOptions() {
        Map<String, String> o = new LinkedHashMap<>();
        for (Vat v : Vat.values()) {
            o.put(v.name(), v.label());
        }
        return o;
    }

    @ModelAttribute("roleOptions")
    List<EventForm.Option> roleOptions() {
        return Arrays.stream(OrganisationRole.values())
                .map(r -> new EventForm.Option(r.name(), r.label(), null))
                .toList();
    }

    @ModelAttribute("phaseOptions")
    List<EventForm.Option> phaseOptions() {
        return Arrays.stream(Phase.values())
                .map(p -> new EventForm.Option(p.name(), p.label(), null))
                .toList();
    }

    @ModelAttribute("eventOptions")
    List<EventForm.Option> eventOptions() {
        return EventForm.OPTIONS;
    }

    @ModelAttribute("seriesOptions")
    List<EventForm.Option> seriesOptions() {
        return jdbc.sql("select id, title, academic_year from event_series order by academic_year desc, title")
                .query((rs, n) -> new EventForm.Option(
                        String.valueOf(rs.getLong(1)), rs.getString(2) + " (" + rs.getString(3) + ")", null))
                .list();
    }

    @GetMapping("/new")
    String newEvent(Model model) {
        model.addAttribute("form", EventForm.blank());
        return "events/edit";
    }

    /**
     * Adds the event: published at once ({@code action=publish}), or saved as a draft that only events officers
     * see, to preview on its own page and publish from there. "Add another session" and "Remove session N" post the
     * form back to itself ({@code action=add-session}, {@code action=remove-session-N}) and save nothing.
     */
    @PostMapping("/new")
    String add(
            @ModelAttribute("form") EventForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "publish") String action,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        if (changesSessions(form, action, model)) {
            return "events/edit";
        }
        NewEvent event = validator.check(form, errors, 0);
        if (event == null) {
            return "events/edit";
        }
        boolean publish = !action.equals("draft");
        long id = events.add(event, authentication.getName(), publish);
        redirect.addFlashAttribute(
                "success",
                publish
                        ? event.title() + " is published"
                        : event.title()
                                + " is saved as a draft. Only events officers can see it: check it below, then"
                                + " publish it");
        return "redirect:/events/" + id;
    }

    /** Adds or removes a session of the form in hand, to show it again; true when the action was one of those. */
    private static boolean changesSessions(EventForm form, String action, Model model) {
        if (action.equals("add-session")) {
            model.addAttribute("form", form.withSessionAdded());
            return true;
        }
        if (action.startsWith("remove-session-")) {
            try {
                model.addAttribute(
                        "form",
                        form.withSessionRemoved(Integer.parseInt(action.substring("remove-session-".length()))));
            } catch (NumberFormatException e) {
                // not a session: nothing to remove
            }
            return true;
        }
        return false;
    }

    /** A draft is published: from now on it is listed, in feeds and open for booking. */
    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        Event event = event(id);
        events.publish(id);
        redirect.addFlashAttribute("success", event.title() + " is published");
        return "redirect:/events/" + id;
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

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Event event = event(id);
        model.addAttribute("form", EventForm.of(event));
        model.addAttribute("event", event);
        return "events/edit";
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @ModelAttribute("form") EventForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        Event current = event(id);
        model.addAttribute("event", current);
        if (changesSessions(form, action, model)) {
            return "events/edit";
        }
        NewEvent changed = validator.check(form, errors, current.placesTaken());
        if (changed == null) {
            return "events/edit";
        }
        events.change(id, changed);
        if (current.draft()) {
            boolean publish = action.equals("publish");
            if (publish) {
                events.publish(id);
            }
            redirect.addFlashAttribute(
                    "success", changed.title() + (publish ? " is published" : ": changes to the draft saved"));
            return "redirect:/events/" + id;
        }
        int told = cancellations.tellOfMove(current, form.changeMessage());
        if (changed.capacity() != current.capacity()) {
            try {
                desk.changeCapacity(id, changed.capacity());
            } catch (BookingRefused refused) {
                errors.rejectValue("capacity", "belowTaken", refused.getMessage());
                model.addAttribute("event", current);
                return "events/edit";
            }
        }
        redirect.addFlashAttribute(
                "success",
                "Changes to " + changed.title() + " saved"
                        + (told == 0
                                ? ""
                                : ". The new date or place was sent to " + told + (told == 1 ? " person" : " people")
                                        + " booked or waiting"));
        return "redirect:/events/" + id;
    }

    @GetMapping("/{id}/manage")
    String manage(@PathVariable long id, Model model) {
        Event event = withAttendees(id);
        model.addAttribute("event", event);
        model.addAttribute("places", bookings.ofEvent(id));
        model.addAttribute(
                "notBooked",
                event.everyoneShouldAttend() ? reminders.notBooked(event).size() : 0);
        return "events/manage";
    }

    /** Everyone booked, waiting or cancelled, with what the venue and the trainer need to know, for a spreadsheet. */
    @GetMapping("/{id}/delegates.csv")
    org.springframework.http.ResponseEntity<byte[]> delegates(@PathVariable long id) {
        Event event = withAttendees(id);
        List<List<?>> rows = bookings.ofEvent(id).stream()
                .sorted(Comparator.comparing(Place::status).thenComparing(Place::attendeeName))
                .<List<?>>map(p -> Arrays.asList(
                        p.attendeeName(),
                        p.attendeeEmail(),
                        p.organisationName(),
                        p.status().label(),
                        p.dietary(),
                        p.accessNeeds(),
                        p.bookedByName(),
                        p.purchaseOrder()))
                .toList();
        String csv = CsvWriter.table(
                List.of(
                        "name",
                        "email",
                        "school_or_setting",
                        "place",
                        "dietary_requirements",
                        "access_needs",
                        "booked_by",
                        "purchase_order"),
                rows);
        return PlacesController.download(
                csv.getBytes(StandardCharsets.UTF_8), "delegates-" + event.id() + ".csv", "text/csv; charset=UTF-8");
    }

    @GetMapping("/{id}/cancel-event")
    String cancelEventForm(@PathVariable long id, Model model) {
        model.addAttribute("event", event(id));
        model.addAttribute("message", "");
        return "events/cancel-event";
    }

    @PostMapping("/{id}/cancel-event")
    String cancelEvent(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String message,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Event event = event(id);
        String problem = message.isBlank() ? "Enter the message to send to everyone booked and waiting" : null;
        int told = 0;
        if (problem == null) {
            try {
                told = cancellations.cancel(id, message, authentication.getName());
            } catch (BookingRefused refused) {
                problem = refused.getMessage();
            }
        }
        if (problem != null) {
            model.addAttribute("event", event);
            model.addAttribute("message", message);
            model.addAttribute("problem", problem);
            model.addAttribute("formHasErrors", true);
            return "events/cancel-event";
        }
        redirect.addFlashAttribute(
                "success",
                event.title() + " is cancelled. " + told + (told == 1 ? " person was" : " people were")
                        + " told, and nothing is charged.");
        return "redirect:/events/" + id;
    }

    @PostMapping("/{id}/capacity")
    String capacity(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String capacity,
            Model model,
            RedirectAttributes redirect) {
        Event event = withAttendees(id);
        String problem = null;
        try {
            int places = Integer.parseInt(capacity.strip());
            desk.changeCapacity(id, places);
        } catch (NumberFormatException e) {
            problem = "Capacity must be a whole number, like 30";
        } catch (BookingRefused refused) {
            problem = refused.getMessage();
        }
        if (problem != null) {
            model.addAttribute("event", event);
            model.addAttribute("places", bookings.ofEvent(id));
            model.addAttribute(
                    "notBooked",
                    event.everyoneShouldAttend() ? reminders.notBooked(event).size() : 0);
            model.addAttribute("capacityProblem", problem);
            model.addAttribute("capacityValue", capacity);
            model.addAttribute("formHasErrors", true);
            return "events/manage";
        }
        redirect.addFlashAttribute("success", "Capacity is now " + capacity.strip() + " places");
        return "redirect:/events/" + id + "/manage";
    }

    @PostMapping("/places/{placeId}/waive")
    String waive(@PathVariable long placeId, Authentication authentication, RedirectAttributes redirect) {
        var place = bookings.place(placeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        withAttendees(place.eventId());
        desk.waive(placeId, authentication.getName());
        redirect.addFlashAttribute("success", "The charge for " + place.attendeeName() + " is waived");
        return "redirect:/events/" + place.eventId() + "/manage";
    }

    @PostMapping("/{id}/nudge")
    String nudge(@PathVariable long id, RedirectAttributes redirect) {
        withAttendees(id);
        int sent = reminders.nudge(id);
        redirect.addFlashAttribute(
                "success",
                sent == 0
                        ? "Everyone has booked or been nudged already"
                        : "Nudge sent to " + sent + (sent == 1 ? " person" : " people"));
        return "redirect:/events/" + id + "/manage";
    }

    @GetMapping("/{id}/register")
    String registerPage(@PathVariable long id, @RequestParam(required = false) Long session, Model model) {
        Event event = withAttendees(id);
        List<Register.Sitting> sittings = register.sittings(event);
        // The session asked for, or the latest one that has started, or (before any has) the first.
        Register.Sitting sitting = sittings.stream()
                .filter(s -> session != null && s.session().id() == session)
                .findFirst()
                .or(() -> sittings.stream().filter(Register.Sitting::open).reduce((a, b) -> b))
                .orElse(sittings.get(0));
        model.addAttribute("event", event);
        model.addAttribute("sittings", sittings);
        model.addAttribute("sitting", sitting);
        model.addAttribute(
                "places",
                bookings.ofEvent(id).stream()
                        .filter(p -> p.status() == PlaceStatus.CONFIRMED)
                        .sorted(Comparator.comparing(Place::attendeeName))
                        .toList());
        return "events/register";
    }

    @PostMapping("/{id}/register")
    String mark(
            @PathVariable long id,
            @RequestParam long session,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        withAttendees(id);
        Map<Long, Attendance> marks = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("attendance-")) {
                try {
                    long placeId = Long.parseLong(k.substring("attendance-".length()));
                    Attendance.named(v).ifPresent(mark -> marks.put(placeId, mark));
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        });
        Register.Outcome outcome;
        try {
            outcome = register.mark(id, session, marks);
        } catch (BookingRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/events/" + id + "/register?session=" + session;
        }
        StringBuilder said = new StringBuilder("Register saved");
        if (outcome.certificates() > 0) {
            said.append(". Certificates and evaluation requests sent to ")
                    .append(outcome.certificates())
                    .append(outcome.certificates() == 1 ? " attendee" : " attendees");
        }
        if (outcome.corrections() > 0) {
            said.append(". ")
                    .append(outcome.corrections())
                    .append(outcome.corrections() == 1 ? " person was" : " people were")
                    .append(" told of the correction");
        }
        redirect.addFlashAttribute("success", said.toString());
        return "redirect:/events/" + id + "/register?session=" + session;
    }

    /** The event, if those who run events may see who attends it ({@link AttendeeVisibility}); else 404. */
    private Event withAttendees(long id) {
        Event event = event(id);
        if (!visibility.officersSee(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return event;
    }

    private Event event(long id) {
        return events.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
