package uk.headsup.events.internal.planning.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.headsup.events.EventType;
import uk.headsup.events.NewEvent;
import uk.headsup.events.Vat;
import uk.headsup.events.internal.planning.BookedPlaces;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;

/**
 * Events officers add, change and publish events. An event's places, register and calendars of meetings have pages
 * of their own ({@code bookings/web/EventPlacesController}, {@code register/web/AttendanceRegisterController},
 * {@code calendar/web/MeetingCalendarsController}).
 */
@Controller
@RequestMapping("/events")
@PreAuthorize("hasAnyRole('EVENTS_OFFICER', 'ADMIN')")
class EventAdminController {

    private final Events events;
    private final BookedPlaces places;
    private final JdbcClient jdbc;
    private final EventFormValidator validator;

    EventAdminController(EventFormValidator validator, Events events, BookedPlaces places, JdbcClient jdbc) {
        this.validator = validator;
        this.events = events;
        this.places = places;
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
        int told = places.tellOfMove(current, form.changeMessage());
        if (changed.capacity() != current.capacity()) {
            Optional<String> refused = places.changeCapacity(id, changed.capacity());
            if (refused.isPresent()) {
                errors.rejectValue("capacity", "belowTaken", refused.get());
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

    private Event event(long id) {
        return events.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
