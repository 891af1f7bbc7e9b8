package uk.headsup.events.internal.bookings;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Where a place stands. Confirmed and offered places are taken; waiting ones queue for them. */
public enum PlaceStatus {
    CONFIRMED("Confirmed", "green"),
    OFFERED("Place offered", "blue"),
    WAITING("Waiting list", "yellow"),
    CANCELLED("Cancelled", "grey"),
    DECLINED("Offer declined", "grey"),
    OFFER_EXPIRED("Offer expired", "grey");

    private final String label;
    private final String colour;

    PlaceStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }

    /**
     * {@link #live()} written out as an SQL list, for the queries that must match the partial unique index
     * {@code event_places_one_live_per_person} when they are planned (a bound list would not). PlaceStatusTest ties it
     * to {@link #live()}.
     */
    public static final String LIVE_IN_SQL = "('CONFIRMED', 'OFFERED', 'WAITING')";

    public boolean isConfirmed() {
        return this == CONFIRMED;
    }

    /** A place offered from the waiting list, for its holder to accept or decline. */
    public boolean isOffered() {
        return this == OFFERED;
    }

    public boolean live() {
        return this == CONFIRMED || this == OFFERED || this == WAITING;
    }

    public boolean takesAPlace() {
        return this == CONFIRMED || this == OFFERED;
    }

    /** A place in this state may be cancelled, by its holder or with the whole event. */
    public boolean canCancel() {
        return live();
    }

    /** A place in this state may lapse when its offer's time runs out. */
    public boolean canLapse() {
        return this == OFFERED;
    }

    /**
     * The names of the states that {@code rule} allows to change, for a bulk update's {@code where status in (...)},
     * so that the rule stays here and not in the SQL.
     */
    public static List<String> namesWhere(Predicate<PlaceStatus> rule) {
        return Arrays.stream(values()).filter(rule).map(PlaceStatus::name).toList();
    }
}
