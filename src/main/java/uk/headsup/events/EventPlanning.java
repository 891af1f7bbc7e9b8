package uk.headsup.events;

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
    int bookOnBehalf(
            long eventId, long organisationId, java.util.List<Long> personIds, String officerEmail, String officerName);
}
