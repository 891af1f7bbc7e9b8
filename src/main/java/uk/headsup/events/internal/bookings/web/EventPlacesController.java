package uk.headsup.events.internal.bookings.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import uk.headsup.events.internal.bookings.AttendeeVisibility;
import uk.headsup.events.internal.bookings.BookingDesk;
import uk.headsup.events.internal.bookings.BookingRefused;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.EventCancellations;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.Reminders;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.format.CsvWriter;

/**
 * Events officers manage an event's places: the list and the waiting list, the delegates' spreadsheet, capacity,
 * waived charges and nudges; and cancel the whole event.
 */
@Controller
@RequestMapping("/events")
@PreAuthorize("hasAnyRole('EVENTS_OFFICER', 'ADMIN')")
class EventPlacesController {

    private final Events events;
    private final Bookings bookings;
    private final BookingDesk desk;
    private final Reminders reminders;
    private final EventCancellations cancellations;
    private final AttendeeVisibility visibility;

    EventPlacesController(
            Events events,
            Bookings bookings,
            BookingDesk desk,
            Reminders reminders,
            EventCancellations cancellations,
            AttendeeVisibility visibility) {
        this.events = events;
        this.bookings = bookings;
        this.desk = desk;
        this.reminders = reminders;
        this.cancellations = cancellations;
        this.visibility = visibility;
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
    ResponseEntity<byte[]> delegates(@PathVariable long id) {
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
