package uk.headsup.events.internal.register.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.bookings.AttendeeVisibility;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.web.PlacesController;
import uk.headsup.events.internal.bookings.web.Viewer;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.events.internal.register.Certificates;

/** The certificate of attendance of a place on a training course, for whoever may see the place. */
@Controller
@RequestMapping("/events")
class CertificateController {

    private final Events events;
    private final Bookings bookings;
    private final Certificates certificates;
    private final AttendeeVisibility visibility;
    private final StaffLookup staff;

    CertificateController(
            Events events,
            Bookings bookings,
            Certificates certificates,
            AttendeeVisibility visibility,
            StaffLookup staff) {
        this.events = events;
        this.bookings = bookings;
        this.certificates = certificates;
        this.visibility = visibility;
        this.staff = staff;
    }

    @GetMapping("/places/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        Place place = bookings.place(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!visibility.maySee(place, viewer.email(), viewer.eventsOfficer())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Event event = events.find(place.eventId()).orElseThrow();
        if (!place.attended() || !event.isTraining()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return PlacesController.download(certificates.pdf(event, place), "certificate.pdf", "application/pdf");
    }
}
