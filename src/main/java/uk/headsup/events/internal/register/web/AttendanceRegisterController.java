package uk.headsup.events.internal.register.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.events.internal.bookings.Attendance;
import uk.headsup.events.internal.bookings.AttendeeVisibility;
import uk.headsup.events.internal.bookings.BookingRefused;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.PlaceStatus;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.events.internal.register.Register;

/** Events officers keep an event's attendance register, a session at a time. */
@Controller
@RequestMapping("/events")
@PreAuthorize("hasAnyRole('EVENTS_OFFICER', 'ADMIN')")
class AttendanceRegisterController {

    private final Events events;
    private final Bookings bookings;
    private final Register register;
    private final AttendeeVisibility visibility;

    AttendanceRegisterController(Events events, Bookings bookings, Register register, AttendeeVisibility visibility) {
        this.events = events;
        this.bookings = bookings;
        this.register = register;
        this.visibility = visibility;
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
