package uk.headsup.events.internal.register;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.platform.UkTime;
import uk.headsup.platform.format.Pdf;

/** Certificates of attendance as accessible PDF ({@link Pdf}), from {@code templates/events/certificate.xhtml}. */
@Component
public class Certificates {

    private final Pdf pdf;

    Certificates(Pdf pdf) {
        this.pdf = pdf;
    }

    public String title(Event event, Place place) {
        return "Certificate of attendance: " + place.attendeeName() + ", " + event.title();
    }

    public byte[] pdf(Event event, Place place) {
        return pdf.render(
                "events/certificate",
                Map.of(
                        "title",
                        title(event, place),
                        "event",
                        event,
                        "place",
                        place,
                        "dates",
                        dates(event),
                        "hours",
                        hours(event, place)));
    }

    /** The hours of the sessions the person attended, as settled from the register ("6.5 hours"). */
    static String hours(Event event, Place place) {
        return place.certificateHours() == null ? event.hoursText() : Register.hoursText(place.certificateHours());
    }

    private static String dates(Event event) {
        if (event.sessions().size() <= 1) {
            return UkTime.day(event.startsAt());
        }
        return event.sessions().stream()
                .map(s -> UkTime.shortDay(s.startsAt()))
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
