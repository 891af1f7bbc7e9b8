package uk.headsup.events.internal.bookings.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.StaffMember;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.bookings.AttendeeVisibility;
import uk.headsup.events.internal.bookings.BookingDesk;
import uk.headsup.events.internal.bookings.BookingRefused;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.PlaceStatus;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;

/**
 * Booking places: for yourself, for colleagues (headteachers and business managers, in one booking), or, for
 * events officers, on behalf of anyone at a school or setting.
 */
@Controller
@RequestMapping("/events")
class BookingController {

    private final Events events;
    private final Bookings bookings;
    private final BookingDesk desk;
    private final StaffLookup staff;
    private final Clock clock;
    private final AttendeeVisibility visibility;
    private final BookingFormValidator validator;

    BookingController(
            Events events,
            Bookings bookings,
            BookingDesk desk,
            StaffLookup staff,
            Clock clock,
            AttendeeVisibility visibility,
            BookingFormValidator validator) {
        this.visibility = visibility;
        this.validator = validator;
        this.events = events;
        this.bookings = bookings;
        this.desk = desk;
        this.staff = staff;
        this.clock = clock;
    }

    /** A colleague who could be booked, and whether the event is for them. */
    record Candidate(AudienceMember person, boolean inAudience, Place existing) {}

    @GetMapping("/{id}/book")
    String form(
            @PathVariable long id,
            @ModelAttribute("form") BookingForm form,
            BindingResult errors,
            Authentication authentication,
            Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        Event event = bookableEvent(id, viewer);
        // An organisation that could not be read stays unchosen, with its problem on the page.
        BookingForm shown = form.organisation() == null && !errors.hasErrors()
                ? form.forOrganisation(defaultOrganisation(viewer))
                : form;
        mayBookFor(viewer, shown.organisation());
        model.addAttribute("form", shown);
        return page(event, viewer, shown, model);
    }

    @PostMapping("/{id}/book")
    String book(
            @PathVariable long id,
            @ModelAttribute("form") BookingForm form,
            BindingResult errors,
            Authentication authentication,
            Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        Event event = bookableEvent(id, viewer);
        mayBookFor(viewer, form.organisation());
        // Booking for yourself: the only attendee is you.
        Long onlyYou = !viewer.eventsOfficer()
                        && !Visibility.booksForOthers(viewer)
                        && viewer.staff().isPresent()
                ? viewer.staff().get().personId()
                : null;
        BookingDesk.Request request = validator.check(form, id, onlyYou, errors);
        if (request == null) {
            return page(event, viewer, form, model);
        }
        try {
            BookingDesk.Booked booked = desk.book(viewer.booker(), request);
            return "redirect:/events/bookings/" + booked.bookingId();
        } catch (BookingRefused refused) {
            errors.rejectValue("people", "refused", refused.getMessage());
            return page(event, viewer, form, model);
        }
    }

    @GetMapping("/bookings/{bookingId}")
    String booked(@PathVariable long bookingId, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        List<Place> places = bookings.ofBooking(bookingId);
        if (places.isEmpty()
                || places.stream().noneMatch(p -> visibility.maySee(p, viewer.email(), viewer.eventsOfficer()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("places", places);
        model.addAttribute("event", events.find(places.get(0).eventId()).orElseThrow());
        model.addAttribute(
                "confirmed",
                places.stream()
                        .filter(p -> p.status().name().equals("CONFIRMED"))
                        .count());
        model.addAttribute(
                "waiting",
                places.stream().filter(p -> p.status().name().equals("WAITING")).count());
        Map<Long, Integer> queue = new LinkedHashMap<>();
        places.stream()
                .filter(p -> p.status() == PlaceStatus.WAITING)
                .forEach(p -> queue.put(p.id(), bookings.positionInQueue(p)));
        model.addAttribute("queue", queue);
        List<Place> waiting =
                places.stream().filter(p -> p.status() == PlaceStatus.WAITING).toList();
        model.addAttribute(
                "waitingHeading",
                waiting.size() == 1
                        ? (waiting.get(0).isFor(viewer.email())
                                ? "you are on the waiting list"
                                : waiting.get(0).attendeeName() + " is on the waiting list")
                        : "all " + waiting.size() + " are on the waiting list");
        return "events/booked";
    }

    private String page(Event event, Viewer viewer, BookingForm form, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("viewer", viewer);
        boolean confidential = visibility.confidential(event.id());
        boolean forOthers = !confidential && (viewer.eventsOfficer() || Visibility.booksForOthers(viewer));
        model.addAttribute("forOthers", forOthers);
        model.addAttribute("organisations", organisations(viewer));
        Long organisation = form.organisation();
        List<Candidate> candidates = organisation == null
                ? List.of()
                : staff.colleagues(organisation).stream()
                        .filter(m -> forOthers
                                || viewer.staff()
                                        .map(s -> s.personId() == m.personId())
                                        .orElse(false))
                        .map(m -> new Candidate(
                                m,
                                staff.inAudience(event.audience(), m.personId(), organisation),
                                bookings.liveAt(event.id(), m.email()).orElse(null)))
                        .toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute(
                "heldByOrganisation",
                organisation == null || event.perOrganisationLimit() == null || confidential
                        ? null
                        : bookings.ofEvent(event.id()).stream()
                                .filter(p -> organisation.equals(p.organisationId())
                                        && p.status().live())
                                .count());
        model.addAttribute("open", event.bookingOpen(clock.instant()));
        return "events/book";
    }

    /** Where the viewer may book for: their own workplaces, or, for events officers, every staffed organisation. */
    private Map<Long, String> organisations(Viewer viewer) {
        Map<Long, String> options = new LinkedHashMap<>();
        if (viewer.eventsOfficer()) {
            staff.members(Audience.everyone()).stream()
                    .sorted(Comparator.comparing(AudienceMember::organisationName))
                    .forEach(m -> options.putIfAbsent(m.organisationId(), m.organisationName()));
        } else {
            viewer.posts().forEach(p -> options.putIfAbsent(p.organisationId(), p.organisationName()));
        }
        return options;
    }

    private static Long defaultOrganisation(Viewer viewer) {
        return viewer.posts().stream()
                .map(StaffMember.Post::organisationId)
                .findFirst()
                .orElse(null);
    }

    /**
     * Staff of one organisation are listed, and booked, only for people who work there, or for events officers:
     * any other organisation answers 404, as if it did not exist.
     */
    private void mayBookFor(Viewer viewer, Long organisation) {
        if (organisation != null
                && !viewer.eventsOfficer()
                && !organisations(viewer).containsKey(organisation)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A bookable event the viewer may see (the event's page answers 404 to anyone else, and so does its form). */
    private Event bookableEvent(long id, Viewer viewer) {
        Event event = events.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!event.bookable() || !(viewer.eventsOfficer() || Visibility.maySee(viewer, event, staff))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return event;
    }
}
