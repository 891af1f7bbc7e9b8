package uk.headsup.events;

import java.util.List;

/** Adding events and calendars of meetings, for the events pages and for loaders such as the demo county. */
public interface EventPlanning {

    boolean hasEvents();

    /** Adds an event; {@code createdBy} is the email of whoever added it. */
    long add(NewEvent event, String createdBy);

    long addSeries(NewSeries series);

    /**
     * Records places booked before, for loaders such as the demo county, as an events officer would book them for
     * people of one organisation: each place is confirmed while places last, then waits. Nobody is emailed (the
     * places are history, not news), so loading the demo leaves the outbox empty. Refused (IllegalArgumentException with the reason) when
     * the rules do not allow it, for example a person outside the event's audience.
     *
     * @return how many places were confirmed
     */
    int bookOnBehalf(long eventId, long organisationId, List<Long> personIds, String officerEmail, String officerName);

    /**
     * Records a course held before, for loaders such as the demo county: places booked for people of one
     * organisation as an events officer booked them while booking was open, every one present at every session, and
     * the evaluations some of them gave (one list of ratings, 1 to 5 per question, for each of the first attendees
     * in the order given). Nobody is emailed and no certificate is sent: the course is history. Refused
     * (IllegalArgumentException with the reason) for an event not over yet, or when the booking rules would have
     * refused the places.
     *
     * @return how many attended
     */
    int recordHeld(
            long eventId,
            long organisationId,
            List<Long> personIds,
            List<List<Integer>> evaluations,
            String officerEmail,
            String officerName);

    /**
     * From now on no events page shows who attends the event, to events officers and administrators neither (a
     * leadership peer group): each attendee sees their own place and books only for themselves, nobody is nudged, and
     * statements of charges leave it out. Whoever asked keeps the list through {@link #confidentialAttendees}.
     */
    void keepAttendeesConfidential(long eventId);

    /**
     * Who holds, is offered or waits for a place at an event whose attendees are confidential, by name; empty for any
     * other event (those are listed on the events pages).
     */
    List<EventAttendee> confidentialAttendees(long eventId);
}
