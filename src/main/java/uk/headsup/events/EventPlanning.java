package uk.headsup.events;

/** Adding events and calendars of meetings, for the events pages and for loaders such as the demo county. */
public interface EventPlanning {

    boolean hasEvents();

    /** Adds an event; {@code createdBy} is the email of whoever added it. */
    long add(NewEvent event, String createdBy);

    long addSeries(NewSeries series);

    /**
     * An events officer books places for people of one organisation, as they would on the booking page: each
     * place is confirmed while places last, then waits. Refused (IllegalArgumentException with the reason) when
     * the rules do not allow it, for example a person outside the event's audience.
     *
     * @return how many places were confirmed
     */
    int bookOnBehalf(
            long eventId, long organisationId, java.util.List<Long> personIds, String officerEmail, String officerName);
}
