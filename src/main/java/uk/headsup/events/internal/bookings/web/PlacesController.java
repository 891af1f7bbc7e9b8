package uk.headsup.events.internal.bookings.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import uk.headsup.events.internal.bookings.AttendeeVisibility;
import uk.headsup.events.internal.bookings.BookingDesk;
import uk.headsup.events.internal.bookings.BookingRefused;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.PlaceCalendarFiles;
import uk.headsup.events.internal.bookings.PlaceStatus;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.UkTime;

/**
 * Your bookings: places you hold or booked for others; cancelling, substituting, answering offers, the calendar file
 * (the certificate is the register's: {@code register/web/CertificateController}).
 */
@Controller
@RequestMapping("/events")
public class PlacesController {

    private final Events events;
    private final Bookings bookings;
    private final BookingDesk desk;
    private final StaffLookup staff;
    private final PlaceCalendarFiles calendars;
    private final Clock clock;
    private final AttendeeVisibility visibility;

    PlacesController(
            AttendeeVisibility visibility,
            Events events,
            Bookings bookings,
            BookingDesk desk,
            StaffLookup staff,
            PlaceCalendarFiles calendars,
            Clock clock) {
        this.visibility = visibility;
        this.events = events;
        this.bookings = bookings;
        this.desk = desk;
        this.staff = staff;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A place with its event, as the bookings page lists it. */
    record Row(Place place, Event event, boolean mine, boolean cancellable, boolean late, int position) {}

    @GetMapping("/bookings")
    String bookings(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        Instant now = clock.instant();
        List<Place> places = bookings.forPerson(viewer.email());
        Map<Long, Event> byId = events
                .withIds(places.stream().map(Place::eventId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Event::id, Function.identity()));
        List<Row> rows = places.stream()
                .map(p -> {
                    Event e = byId.get(p.eventId());
                    return new Row(
                            p,
                            e,
                            p.isFor(viewer.email()),
                            p.status().live() && !e.ended(now),
                            p.status() == PlaceStatus.CONFIRMED && !now.isBefore(e.cancellationDeadline()),
                            p.status() == PlaceStatus.WAITING ? bookings.positionInQueue(p) : 0);
                })
                .toList();
        model.addAttribute(
                "upcoming",
                rows.stream()
                        .filter(r -> !r.event().ended(now) && r.place().status().live())
                        .toList());
        model.addAttribute(
                "past",
                rows.stream()
                        .filter(r -> r.event().ended(now) && r.place().status() == PlaceStatus.CONFIRMED)
                        .toList());
        model.addAttribute(
                "ended", rows.stream().filter(r -> !r.place().status().live()).toList());
        return "events/bookings";
    }

    @GetMapping("/places/{id}/cancel")
    String cancelForm(@PathVariable long id, Authentication authentication, Model model) {
        Row row = row(id, authentication, model);
        model.addAttribute("row", row);
        return "events/cancel";
    }

    @PostMapping("/places/{id}/cancel")
    String cancel(@PathVariable long id, Authentication authentication, Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        Place place = desk.cancel(id, viewer.actor());
        redirect.addFlashAttribute(
                "success",
                "The place for " + place.attendeeName() + " is cancelled"
                        + (place.lateCancellation()
                                ? ". It was after the deadline, so it will be charged unless the authority waives it."
                                : "."));
        return viewer.eventsOfficer() && !place.bookedBy(viewer.email()) && !place.isFor(viewer.email())
                ? "redirect:/events/" + place.eventId() + "/manage"
                : "redirect:/events/bookings";
    }

    @GetMapping("/places/{id}/substitute")
    String substituteForm(@PathVariable long id, Authentication authentication, Model model) {
        Row row = row(id, authentication, model);
        model.addAttribute("row", row);
        model.addAttribute(
                "colleagues",
                staff.colleagues(row.place().organisationId()).stream()
                        .filter(m -> m.personId()
                                != (row.place().personId() == null
                                        ? -1
                                        : row.place().personId()))
                        .filter(m -> staff.inAudience(
                                row.event().audience(),
                                m.personId(),
                                row.place().organisationId()))
                        .toList());
        return "events/substitute";
    }

    @PostMapping("/places/{id}/substitute")
    String substitute(
            @PathVariable long id,
            @RequestParam(required = false) Long colleague,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        if (colleague == null) {
            model.addAttribute("problem", "Choose the colleague who will go instead");
            return substituteForm(id, authentication, model);
        }
        try {
            Place place = desk.substitute(id, colleague, "", "", viewer.actor());
            redirect.addFlashAttribute("success", place.attendeeName() + " now has the place. We have emailed them.");
            return "redirect:/events/bookings";
        } catch (BookingRefused refused) {
            model.addAttribute("problem", refused.getMessage());
            return substituteForm(id, authentication, model);
        }
    }

    @GetMapping("/places/{id}/offer")
    String offer(@PathVariable long id, Authentication authentication, Model model) {
        Row row = row(id, authentication, model);
        model.addAttribute("row", row);
        model.addAttribute(
                "until",
                row.place().offerExpiresAt() == null
                        ? null
                        : UkTime.deadline(row.place().offerExpiresAt()));
        return "events/offer";
    }

    @PostMapping("/places/{id}/offer")
    String answer(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String answer,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        if (!answer.equals("accept") && !answer.equals("decline")) {
            model.addAttribute("problem", "Choose whether you want the place");
            return offer(id, authentication, model);
        }
        try {
            if (answer.equals("accept")) {
                desk.acceptOffer(id, viewer.email());
                redirect.addFlashAttribute("success", "Your place is confirmed. We have emailed you the details.");
            } else {
                desk.declineOffer(id, viewer.email());
                redirect.addFlashAttribute(
                        "success", "You have let the place go. It is offered to the next person waiting.");
            }
        } catch (BookingRefused refused) {
            redirect.addFlashAttribute("success", refused.getMessage());
        }
        return "redirect:/events/bookings";
    }

    @GetMapping("/places/{id}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id, Authentication authentication, Model model) {
        Row row = row(id, authentication, model);
        if (row.place().status() != PlaceStatus.CONFIRMED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return download(calendars.placeFile(row.event(), row.place()), "booking.ics", "text/calendar; charset=UTF-8");
    }

    public static ResponseEntity<byte[]> download(byte[] body, String filename, String type) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }

    private Row row(long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        Place place = bookings.place(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!visibility.maySee(place, viewer.email(), viewer.eventsOfficer())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Event event = events.find(place.eventId()).orElseThrow();
        Instant now = clock.instant();
        model.addAttribute("viewer", viewer);
        return new Row(
                place,
                event,
                place.isFor(viewer.email()),
                place.status().live() && !event.ended(now),
                place.status() == PlaceStatus.CONFIRMED && !now.isBefore(event.cancellationDeadline()),
                place.status() == PlaceStatus.WAITING ? bookings.positionInQueue(place) : 0);
    }
}
