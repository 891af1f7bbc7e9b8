package uk.headsup.events.internal.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.PlaceCalendarFiles;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.platform.Authority;
import uk.headsup.platform.Site;
import uk.headsup.platform.format.CalendarFile;

/** Calendar entries for places and meetings, one per session, and whole calendars of them. */
@Component
public class CalendarEntries implements PlaceCalendarFiles {

    private final Site site;
    private final Authority authority;

    CalendarEntries(Site site, Authority authority) {
        this.site = site;
        this.authority = authority;
    }

    public String product() {
        return authority.name() + "//" + authority.serviceName();
    }

    /** A booked place: the attendee's own entries, with the place's UID (per session when there are several). */
    public List<CalendarFile.Timed> forPlace(Event event, Place place, String uid, boolean cancelled) {
        return entries(
                event,
                i -> event.sessions().size() == 1 ? uid : "session-" + (i + 1) + "-" + uid,
                place.icsSequence() + (cancelled ? 1 : 0),
                place,
                cancelled);
    }

    /** An event as published to everyone in its audience (meeting calendars): the UID is the session's. */
    public List<CalendarFile.Timed> forEvent(Event event) {
        return entries(
                event,
                i -> "event-" + event.id() + "-session-"
                        + event.sessions().get(i).id() + "@" + site.baseUrl().getHost(),
                0,
                null,
                false);
    }

    private List<CalendarFile.Timed> entries(
            Event event, IntFunction<String> uid, int sequence, Place place, boolean cancelled) {
        List<CalendarFile.Timed> entries = new ArrayList<>();
        for (int i = 0; i < event.sessions().size(); i++) {
            Event.Session s = event.sessions().get(i);
            entries.add(new CalendarFile.Timed(
                    uid.apply(i),
                    sequence,
                    s.startsAt(),
                    s.endsAt(),
                    summary(event, i),
                    description(event),
                    location(event),
                    site.link(event.path()),
                    event.contactName(),
                    event.contactEmail(),
                    place == null ? null : place.attendeeName(),
                    place == null ? null : place.attendeeEmail(),
                    cancelled));
        }
        return entries;
    }

    @Override
    public byte[] placeInvitation(Event event, Place place) {
        return CalendarFile.write(
                product(),
                null,
                CalendarFile.Method.REQUEST,
                Instant.now(),
                forPlace(event, place, place.uid(), false));
    }

    @Override
    public byte[] placeFile(Event event, Place place) {
        return CalendarFile.write(
                product(),
                null,
                CalendarFile.Method.PUBLISH,
                Instant.now(),
                forPlace(event, place, place.uid(), false));
    }

    @Override
    public byte[] placeCancellation(Event event, Place place, String uid) {
        return CalendarFile.write(
                product(), null, CalendarFile.Method.CANCEL, Instant.now(), forPlace(event, place, uid, true));
    }

    private static String summary(Event event, int session) {
        return event.sessions().size() == 1
                ? event.title()
                : event.title() + " (session " + (session + 1) + " of "
                        + event.sessions().size() + ")";
    }

    private String description(Event event) {
        StringBuilder d = new StringBuilder(event.type().label());
        if (!event.trainer().isBlank()) {
            d.append(" with ").append(event.trainer());
        }
        d.append(".\n")
                .append(event.description())
                .append("\n\nDetails and your booking: ")
                .append(site.link(event.path()));
        if (!event.onlineLink().isBlank()) {
            d.append("\nJoin online: ").append(event.onlineLink());
        }
        return d.toString();
    }

    private static String location(Event event) {
        if (event.venueName().isBlank()) {
            return event.onlineLink().isBlank() ? "" : "Online: " + event.onlineLink();
        }
        return event.venueName()
                + (event.venueAddress().isBlank()
                        ? ""
                        : ", " + event.venueAddress().replace("\n", ", "));
    }
}
