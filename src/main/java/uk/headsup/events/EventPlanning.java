package uk.headsup.events;

/** Adding events and calendars of meetings, for the events pages and for loaders such as the demo county. */
public interface EventPlanning {

    boolean hasEvents();

    /** Adds an event; {@code createdBy} is the email of whoever added it. */
    long add(NewEvent event, String createdBy);

    long addSeries(NewSeries series);
}
