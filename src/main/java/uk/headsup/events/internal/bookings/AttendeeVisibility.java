package uk.headsup.events.internal.bookings;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule for who an events page may show as attending. Normally those who run events (events officers and
 * administrators) see every place, and everyone sees the places they hold or booked. An event whose attendees are
 * confidential (a leadership peer group, issue 15) is listed by no events page at all, to events officers and
 * administrators neither: each attendee sees only their own place, which only they can book, and the wellbeing
 * coordinator reads the list through {@link uk.headsup.events.EventPlanning#confidentialAttendees}. The register,
 * the delegates' list, nudges, statements of charges and the booking pages all ask here.
 */
@Component
public class AttendeeVisibility {

    private final JdbcClient jdbc;

    AttendeeVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean confidential(long eventId) {
        return jdbc.sql("select attendees_confidential from events where id = :id")
                .param("id", eventId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Whether those who run events may see who attends this event (its places, register, delegates, nudges). */
    public boolean officersSee(long eventId) {
        return !confidential(eventId);
    }

    /** Whether this person may see (and so change) this place. */
    public boolean maySee(Place place, String email, boolean eventsOfficer) {
        return place.isFor(email) || place.bookedBy(email) || eventsOfficer && officersSee(place.eventId());
    }

    /** Of these places, those this person may see. */
    public List<Place> visible(List<Place> places, String email, boolean eventsOfficer) {
        return places.stream().filter(p -> maySee(p, email, eventsOfficer)).toList();
    }

    public void keepConfidential(long eventId) {
        int changed = jdbc.sql("update events set attendees_confidential = true where id = :id")
                .param("id", eventId)
                .update();
        if (changed == 0) {
            throw new IllegalArgumentException("There is no event " + eventId);
        }
    }
}
